// Runtime error: fills the table forwards, from a to a + c, testing a + c <= amount in int. With a coin of
// 2^31 - 1 the sum overflows to a negative number, passes the test, and indexes the vector some 8 GB before
// its start: killed by SIGSEGV on the first reachable amount a >= 1 ("twelve-coins-with-largest",
// "largest-coin-beside-small-amount"). Java's twin throws ArrayIndexOutOfBoundsException.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> dp(amount + 1, amount + 1);
        dp[0] = 0;
        for (int a = 0; a < amount; a++) {
            if (dp[a] > amount) continue;
            for (int c : coins) {
                if (a + c <= amount) dp[a + c] = min(dp[a + c], dp[a] + 1);
            }
        }
        return dp[amount] > amount ? -1 : dp[amount];
    }
};
