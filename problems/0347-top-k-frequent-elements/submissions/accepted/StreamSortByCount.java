import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/*
 * Accepted, in another style: group and count with a stream collector, sort the entries by count from
 * largest, keep k. O(n + d log d): the comparison sort the follow-up asks to avoid, but fast enough.
 */
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Long> count = java.util.Arrays.stream(nums).boxed()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return count.entrySet().stream()
            .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed())
            .limit(k)
            .mapToInt(Map.Entry::getKey)
            .toArray();
    }
}
