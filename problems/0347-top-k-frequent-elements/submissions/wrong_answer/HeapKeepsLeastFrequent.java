import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/*
 * Wrong answer: the bounded heap with its comparator the wrong way round. It is a MAX-heap by count, so
 * poll() drops the MOST frequent value whenever the heap grows past k: what stays are the k least
 * frequent. Right only when k is the number of distinct values (example 2); [1,1,1,2,2,3], k = 2 gives
 * [2,3].
 */
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int x : nums) {
            count.put(x, count.getOrDefault(x, 0) + 1);
        }
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> count.get(b) - count.get(a));
        for (int value : count.keySet()) {
            heap.offer(value);
            if (heap.size() > k) {
                heap.poll();
            }
        }
        int[] answer = new int[k];
        for (int i = 0; i < k; i++) {
            answer[i] = heap.poll();
        }
        return answer;
    }
}
