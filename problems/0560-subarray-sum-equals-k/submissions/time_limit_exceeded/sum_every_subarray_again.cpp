// Time limit exceeded: every subarray, each summed from scratch: O(n^3), about n^3 / 6 = 1.3 * 10^12 additions
// for n = 2 * 10^4 (any test of 04-max.json). The quadratic version with a running sum is NOT slow enough at
// this bound: at most 2 * 10^8 additions per test, Accepted in C++ (652 ms for all 41 tests, measured).
class Solution {
public:
    int subarraySum(vector<int>& nums, int k) {
        int n = nums.size(), count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                int sum = 0;
                for (int t = i; t <= j; t++) sum += nums[t];
                if (sum == k) count++;
            }
        }
        return count;
    }
};
