// Time limit exceeded: tries k = 1, 2, 3, ... until one finishes in time. Correct, but O(n * answer): when
// h = n the answer is the largest pile, 10^9 speeds of 10^4 piles each ("max-n-largest-piles-h-n").
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        for (int k = 1; ; k++) {
            long long hours = 0;
            for (int p : piles) hours += (p + (long long)k - 1) / k;
            if (hours <= h) return k;
        }
    }
};
