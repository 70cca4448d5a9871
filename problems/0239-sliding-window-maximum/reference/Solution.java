/**
 * Reference solution for 239. Sliding Window Maximum.
 *
 * A monotonic deque of indices, kept in an int array (head and tail pointers): their values decrease
 * from head to tail, and the head is the index of the window's maximum. A new index first removes from
 * the tail every index whose value is not larger than its own (they can never be a maximum again while
 * it is in the window), then joins at the tail; the head leaves once it falls out of the window.
 * Each index enters and leaves at most once: O(n) time, O(n) space for the deque.
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        int n = nums.length;
        int[] result = new int[n - k + 1];
        int[] deque = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            while (tail > head && nums[deque[tail - 1]] <= nums[i]) {
                tail--;
            }
            deque[tail++] = i;
            if (deque[head] <= i - k) {
                head++;
            }
            if (i >= k - 1) {
                result[i - k + 1] = nums[deque[head]];
            }
        }
        return result;
    }
}
