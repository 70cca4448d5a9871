// Asks every version in turn: n - 1 calls where log2 n + 1 are allowed (and 2^31 - 2 at the largest n).
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
