import java.util.Random;

/**
 * Wrong Answer: the naive shuffle, swapping a[i] with any index 0..n-1. Its n^n equally likely choice
 * sequences cannot fall evenly on n! orders (27 on 6 for n = 3: [1,3,2], [2,1,3] and [2,3,1] come 5 times in
 * 27, the others 4), so every reset and shuffle is valid and only the statistics reject it.
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
        int[] a = original.clone();
        for (int i = 0; i < a.length; i++) {
            int j = random.nextInt(a.length);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
