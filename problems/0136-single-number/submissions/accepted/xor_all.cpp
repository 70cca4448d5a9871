// Accepted: XOR of every value; each pair cancels itself out (a ^ a = 0) and the single value is left.
// O(n) time, O(1) space, as the problem asks.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        int x = 0;
        for (int v : nums) x ^= v;
        return x;
    }
};
