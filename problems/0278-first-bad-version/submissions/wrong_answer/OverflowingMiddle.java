// (lo + hi) / 2 overflows when lo + hi > 2^31 - 1: the middle goes negative and the search goes astray.
class Solution extends VersionControl {
    public int firstBadVersion(int n) {
        int lo = 1, hi = n;
        int calls = 0;
        while (lo < hi && calls < 40) {
            int mid = (lo + hi) / 2;
            calls++;
            if (isBadVersion(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
