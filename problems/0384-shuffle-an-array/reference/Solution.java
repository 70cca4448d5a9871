import java.util.Random;

/**
 * Reference solution for 384. Shuffle an Array.
 *
 * Fisher-Yates: for i from the last index down to 1, swap a[i] with a[j], j uniform in 0..i. Each of the n!
 * sequences of choices (n · (n-1) · ... · 2 of them) gives a different order, so every order comes with
 * probability 1/n!. shuffle() works on a copy of the original and returns it, so the original is kept for
 * reset() and no returned array is changed by a later call. Each call is O(n) time and memory.
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
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
