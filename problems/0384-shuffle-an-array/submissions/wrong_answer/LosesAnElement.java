import java.util.Random;

/**
 * Wrong Answer: copies a random earlier element instead of swapping (a[i] = a[j] without the other half of
 * the swap), so values are duplicated and others lost.
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
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            a[i] = a[j];
        }
        return a;
    }
}
