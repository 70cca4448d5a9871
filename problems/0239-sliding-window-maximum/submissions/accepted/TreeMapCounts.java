import java.util.TreeMap;

/*
 * Accepted: a balanced tree of the window's values with their counts; the maximum is lastKey(). Each
 * step adds one value and removes one: O(n log k). Slower than the deque, well inside the limits.
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        TreeMap<Integer, Integer> window = new TreeMap<>();
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            window.merge(nums[i], 1, Integer::sum);
            if (i >= k) {
                int out = nums[i - k];
                if (window.merge(out, -1, Integer::sum) == 0) {
                    window.remove(out);
                }
            }
            if (i >= k - 1) {
                result[i - k + 1] = window.lastKey();
            }
        }
        return result;
    }
}
