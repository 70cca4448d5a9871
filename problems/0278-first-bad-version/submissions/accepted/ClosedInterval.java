// Binary search on a closed interval, remembering the last bad version seen.
class Solution extends VersionControl {
    public int firstBadVersion(int n) {
        int lo = 1, hi = n, answer = n;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (isBadVersion(mid)) {
                answer = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return answer;
    }
}
