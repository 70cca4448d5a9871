import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/*
 * Accepted, the usual interview answer: count with a HashMap, then keep a min-heap (by count) of at most k
 * values; whenever it grows past k, the least frequent of them is dropped. What stays are the k most
 * frequent. O(n + d log k) for d distinct values.
 */
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int x : nums) {
            count.merge(x, 1, Integer::sum);
        }
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> Integer.compare(count.get(a), count.get(b)));
        for (int value : count.keySet()) {
            heap.add(value);
            if (heap.size() > k) {
                heap.poll();
            }
        }
        int[] answer = new int[k];
        for (int i = k - 1; i >= 0; i--) {
            answer[i] = heap.poll();
        }
        return answer;
    }
}
