import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/*
 * Accepted: quickselect. The distinct values are partitioned around random pivots by count, largest
 * first, until the first k positions hold the k largest counts; the answer being unique, no value outside
 * them has the k-th count. Expected O(n + d), the follow-up's other answer (with a fixed seed, so runs
 * repeat).
 */
class Solution {
    private final Random random = new Random(347);

    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int x : nums) {
            count.merge(x, 1, Integer::sum);
        }
        int d = count.size();
        int[] values = new int[d];
        int[] counts = new int[d];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            values[i] = e.getKey();
            counts[i++] = e.getValue();
        }
        int lo = 0, hi = d - 1;
        while (lo < hi) {
            int p = partition(values, counts, lo, hi, lo + random.nextInt(hi - lo + 1));
            if (p == k - 1) {
                break;
            } else if (p < k - 1) {
                lo = p + 1;
            } else {
                hi = p - 1;
            }
        }
        return java.util.Arrays.copyOf(values, k);
    }

    /** Moves values with a larger count than the pivot's to its left; returns the pivot's final place. */
    private int partition(int[] values, int[] counts, int lo, int hi, int pivot) {
        int pivotCount = counts[pivot];
        swap(values, counts, pivot, hi);
        int store = lo;
        for (int j = lo; j < hi; j++) {
            if (counts[j] > pivotCount) {
                swap(values, counts, store++, j);
            }
        }
        swap(values, counts, store, hi);
        return store;
    }

    private void swap(int[] values, int[] counts, int a, int b) {
        int v = values[a];
        values[a] = values[b];
        values[b] = v;
        int c = counts[a];
        counts[a] = counts[b];
        counts[b] = c;
    }
}
