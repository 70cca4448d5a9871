// Runtime error: searches speeds from 0. When the answer is 1 ("n1-one-banana-h1": one pile of one banana, one
// hour) the search probes mid = 0 and divides by zero: SIGFPE.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int lo = 0, hi = 1000000000;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long hours = 0;
            for (int p : piles) hours += (p + mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
