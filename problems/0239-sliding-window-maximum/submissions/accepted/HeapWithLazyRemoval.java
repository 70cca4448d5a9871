import java.util.PriorityQueue;

/*
 * Accepted: a max-heap of (value, index) pairs that never removes an element in the middle. Elements that
 * left the window stay in the heap until they reach the top, where they are dropped (lazy removal).
 * Every element is pushed and popped at most once: O(n log n).
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
                : Integer.compare(b[1], a[1]));
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            heap.offer(new int[] {nums[i], i});
            if (i >= k - 1) {
                while (heap.peek()[1] <= i - k) {
                    heap.poll();
                }
                result[i - k + 1] = heap.peek()[0];
            }
        }
        return result;
    }
}
