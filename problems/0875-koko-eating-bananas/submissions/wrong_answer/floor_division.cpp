// Wrong answer: counts a pile's hours as p / k, rounding down, as if Koko could move on to the next pile in the
// middle of an hour. That undercounts, so too slow a speed looks fast enough: [3,3,3] with h = 5
// ("uneven-piles-need-ceiling") answers 2 instead of 3; example 1 answers 3 instead of 4.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long hours = 0;
            for (int p : piles) hours += p / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
