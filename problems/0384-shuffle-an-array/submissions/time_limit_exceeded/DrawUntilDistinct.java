import java.util.Random;

/**
 * Time Limit Exceeded: draws n indices with replacement until they happen to be all different. The result is
 * uniform, but an attempt succeeds with probability n!/n^n: fine for n = 5 (1 in 26 attempts), hopeless for
 * n = 50 (about 3 · 10^-21).
 */
class Solution {
    private final int[] original;
    private final Random random = new Random();

    public Solution(int[] nums) {
        original = nums.clone();
    }

    public int[] reset() {
        return original.clone();
    }

    public int[] shuffle() {
        int n = original.length;
        while (true) {
            int[] picks = new int[n];
            boolean[] used = new boolean[n];
            boolean distinct = true;
            for (int i = 0; i < n && distinct; i++) {
                picks[i] = random.nextInt(n);
                distinct = !used[picks[i]];
                used[picks[i]] = true;
            }
            if (distinct) {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = original[picks[i]];
                }
                return out;
            }
        }
    }
}
