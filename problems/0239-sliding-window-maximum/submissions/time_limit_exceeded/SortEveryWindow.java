import java.util.Arrays;

/*
 * Time limit exceeded: correct, O(n * k log k). For every window it copies the k elements, sorts them
 * and takes the last one. With n = 10^5 and k = n / 2 that is 50001 sorts of 50000 numbers
 * ("max-decreasing-full-range-k-half", "max-increasing-k-half", "max-random-digits-k-half").
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i + k <= nums.length; i++) {
            int[] window = Arrays.copyOfRange(nums, i, i + k);
            Arrays.sort(window);
            result[i] = window[k - 1];
        }
        return result;
    }
}
