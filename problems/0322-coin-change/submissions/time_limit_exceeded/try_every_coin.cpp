// Time limit exceeded: the recursion fewest(a) = 1 + min over c of fewest(a - c), without a memo. Correct, but
// the same amounts are solved again and again: exponentially many calls in amount / smallest coin, and [1,2,5]
// with amount 10^4 ("max-amount-small-coins") never finishes.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        int best = fewest(coins, amount);
        return best == INT_MAX ? -1 : best;
    }

private:
    int fewest(const vector<int>& coins, int amount) {
        if (amount == 0) return 0;
        int best = INT_MAX;
        for (int c : coins) {
            if (c <= amount) {
                int rest = fewest(coins, amount - c);
                if (rest != INT_MAX) best = min(best, rest + 1);
            }
        }
        return best;
    }
};
