// Time Limit Exceeded: asks every version from 1 up, O(n) calls, with n up to 2^31 - 1.
class Solution {
public:
    int firstBadVersion(int n) {
        for (int v = 1; v < n; v++) {
            if (isBadVersion(v)) return v;
        }
        return n;
    }
};
