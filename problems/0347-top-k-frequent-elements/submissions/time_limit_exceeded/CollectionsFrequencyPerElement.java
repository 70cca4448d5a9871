import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Time limit exceeded: counts each element with Collections.frequency over the whole (boxed) list, once
 * per ELEMENT, not once per distinct value: n scans of n elements, O(n^2) = 10^10 equals() calls when
 * n = 10^5 (every test of 04-max.json). The selection afterwards is a correct sort by count.
 */
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        List<Integer> list = new ArrayList<>();
        for (int x : nums) {
            list.add(x);
        }
        Map<Integer, Integer> count = new HashMap<>();
        for (int x : nums) {
            count.put(x, java.util.Collections.frequency(list, x));
        }
        List<Integer> values = new ArrayList<>(count.keySet());
        values.sort((a, b) -> Integer.compare(count.get(b), count.get(a)));
        int[] answer = new int[k];
        for (int i = 0; i < k; i++) {
            answer[i] = values.get(i);
        }
        return answer;
    }
}
