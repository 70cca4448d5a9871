/*
 * Wrong answer: a monotonic deque of VALUES instead of indices. Without indices it cannot tell which copy
 * of a value leaves the window, so it pops the head whenever the outgoing value equals it. That only works
 * if equal values are all kept, but this code also pops equal values from the tail (<=): for
 * nums = [5,5,1], k = 2 the second 5 replaces the first, is then popped when the first 5 leaves, and the
 * answer is [5,1] instead of [5,5].
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        java.util.ArrayDeque<Integer> deque = new java.util.ArrayDeque<>();
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            while (!deque.isEmpty() && deque.peekLast() <= nums[i]) {
                deque.pollLast();
            }
            deque.offerLast(nums[i]);
            if (i >= k && !deque.isEmpty() && deque.peekFirst() == nums[i - k]) {
                deque.pollFirst();
            }
            if (i >= k - 1) {
                result[i - k + 1] = deque.isEmpty() ? nums[i] : deque.peekFirst();
            }
        }
        return result;
    }
}
