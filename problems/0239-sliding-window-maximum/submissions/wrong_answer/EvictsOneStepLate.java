/*
 * Wrong answer: the monotonic deque with an off-by-one in the eviction test. The head leaves when its
 * index is < i - k, one step after it left the window, so each window is judged as if it were k + 1 long
 * and a maximum that just left still counts: nums = [9,1,1,1], k = 2 gives [9,9,1] instead of [9,1,1].
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        java.util.ArrayDeque<Integer> deque = new java.util.ArrayDeque<>();
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            if (!deque.isEmpty() && deque.peekFirst() < i - k) {
                deque.pollFirst();
            }
            while (!deque.isEmpty() && nums[deque.peekLast()] <= nums[i]) {
                deque.pollLast();
            }
            deque.offerLast(i);
            if (i >= k - 1) {
                result[i - k + 1] = nums[deque.peekFirst()];
            }
        }
        return result;
    }
}
