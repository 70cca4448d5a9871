/*
 * Wrong answer: a correct deque, but the first answer is written only when i reaches k instead of k - 1,
 * into result[i - k]. The first window is never reported, every other answer moves one place left, and
 * the last slot keeps its initial 0: example 1 gives [3,5,5,6,7,0] instead of [3,3,5,5,6,7].
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        java.util.ArrayDeque<Integer> deque = new java.util.ArrayDeque<>();
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            if (!deque.isEmpty() && deque.peekFirst() <= i - k) {
                deque.pollFirst();
            }
            while (!deque.isEmpty() && nums[deque.peekLast()] <= nums[i]) {
                deque.pollLast();
            }
            deque.offerLast(i);
            if (i >= k) {
                result[i - k] = nums[deque.peekFirst()];
            }
        }
        return result;
    }
}
