// Wrong answer: marks unreachable amounts with INT_MAX and then adds 1 to them, which wraps (signed overflow)
// to INT_MIN and wins every minimum: example 2 ([2], 3) answers -2147483648 instead of -1.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> dp(amount + 1, INT_MAX);
        dp[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a) dp[a] = min(dp[a], dp[a - c] + 1);
            }
        }
        return dp[amount] == INT_MAX ? -1 : dp[amount];
    }
};
