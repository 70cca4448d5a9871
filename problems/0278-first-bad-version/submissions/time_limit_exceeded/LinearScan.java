// Asks every version in turn: n - 1 calls, 2^31 - 2 at the largest n: too slow, as on LeetCode.
class Solution extends VersionControl {
    public int firstBadVersion(int n) {
        for (int v = 1; v < n; v++) {
            if (isBadVersion(v)) {
                return v;
            }
        }
        return n;
    }
}
