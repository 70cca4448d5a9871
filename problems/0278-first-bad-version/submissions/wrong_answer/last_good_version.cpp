// Wrong Answer: the search keeps the last good version as its answer, one before the first bad one (and 0
// when version 1 is bad).
class Solution {
public:
    int firstBadVersion(int n) {
        int lo = 0, hi = n;  // lo: good (or 0), hi: bad
        while (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            if (isBadVersion(mid)) hi = mid;
            else lo = mid;
        }
        return lo;
    }
};
