import java.util.ArrayList;
import java.util.List;

/**
 * Reference solution for 347. Top K Frequent Elements.
 *
 * Counting, then bucket sort by count. Values lie in [-10^4, 10^4], so an array of 20001 counters
 * (value + 10^4 as index) counts them. A count is at most n, so the distinct values can be put in
 * buckets by count, bucket[c] holding the values that occur c times. Reading the buckets from c = n
 * down and collecting values until there are k gives the answer; because it is unique, the k-th value
 * never shares its bucket with a value outside the answer.
 *
 * O(n + 20001) time and space: no comparison sort, which is the follow-up.
 */
class Solution {
    private static final int OFFSET = 10_000;

    public int[] topKFrequent(int[] nums, int k) {
        int[] count = new int[2 * OFFSET + 1];
        for (int x : nums) {
            count[x + OFFSET]++;
        }
        List<List<Integer>> bucket = new ArrayList<>(nums.length + 1);
        for (int c = 0; c <= nums.length; c++) {
            bucket.add(null);
        }
        for (int i = 0; i < count.length; i++) {
            int c = count[i];
            if (c > 0) {
                if (bucket.get(c) == null) {
                    bucket.set(c, new ArrayList<>());
                }
                bucket.get(c).add(i - OFFSET);
            }
        }
        int[] answer = new int[k];
        int filled = 0;
        for (int c = nums.length; c >= 1 && filled < k; c--) {
            if (bucket.get(c) != null) {
                for (int value : bucket.get(c)) {
                    if (filled < k) {
                        answer[filled++] = value;
                    }
                }
            }
        }
        return answer;
    }
}
