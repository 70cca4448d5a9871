// Wrong answer: the greedy that takes as many of the largest coin as fit, then the next. Right for coins like
// [1,2,5], wrong in general: example 4 ([1,3,4], 6) answers 3 (4 + 1 + 1) instead of 2 (3 + 3).
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        sort(coins.rbegin(), coins.rend());
        int count = 0;
        for (int c : coins) {
            count += amount / c;
            amount %= c;
        }
        return amount == 0 ? count : -1;
    }
};
