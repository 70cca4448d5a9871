import java.util.Arrays;

/*
 * Accepted: no hash map. Pairs (i, j) with prefix[j] - prefix[i] = k, i < j, are counted by a merge sort
 * over the prefix sums: while merging a left half into a right half, every right value r meets the left
 * values equal to r - k, found with a pointer range because both halves are sorted. O(n log n).
 */
class Solution {
    private int k;
    private long count;

    public int subarraySum(int[] nums, int k) {
        this.k = k;
        long[] prefix = new long[nums.length + 1];
        for (int i = 0; i < nums.length; i++) {
            prefix[i + 1] = prefix[i] + nums[i];
        }
        sort(prefix, new long[prefix.length], 0, prefix.length);
        return (int) count;
    }

    private void sort(long[] a, long[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, tmp, from, mid);
        sort(a, tmp, mid, to);
        int lo = from, hi = from;
        for (int j = mid; j < to; j++) {
            long want = a[j] - k;
            while (lo < mid && a[lo] < want) {
                lo++;
            }
            if (hi < lo) {
                hi = lo;
            }
            while (hi < mid && a[hi] <= want) {
                hi++;
            }
            count += hi - lo;
        }
        int i = from, j = mid, t = from;
        while (i < mid || j < to) {
            tmp[t++] = j >= to || (i < mid && a[i] <= a[j]) ? a[i++] : a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }
}
