/**
 * Reference solution for 278. First Bad Version.
 *
 * Binary search over [lo, hi], which always holds the first bad version: a bad middle version means the
 * first bad one is at it or before it (hi = mid), a good one that it is after it (lo = mid + 1). The middle
 * is computed as lo + (hi - lo) / 2, which cannot overflow an int when n is near 2^31 - 1. Each call halves
 * the range, so the search makes at most ⌈log2 n⌉ calls.
 *
 * O(log n) time and calls, O(1) memory.
 */
class Solution extends VersionControl {
    public int firstBadVersion(int n) {
        int lo = 1;
        int hi = n;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (isBadVersion(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
