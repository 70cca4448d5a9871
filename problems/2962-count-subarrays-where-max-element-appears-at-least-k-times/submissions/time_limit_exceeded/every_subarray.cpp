// Time limit exceeded: the brute force over every subarray [i, j], counting the copies of the maximum as j
// grows. Correct, but O(n^2) on every input: n^2 / 2 = 5 * 10^9 steps for each test of n = 10^5 (all of
// 04-max.json).
class Solution {
public:
    long long countSubarrays(vector<int>& nums, int k) {
        int n = nums.size();
        int mx = *max_element(nums.begin(), nums.end());
        long long count = 0;
        for (int i = 0; i < n; i++) {
            int copies = 0;
            for (int j = i; j < n; j++) {
                if (nums[j] == mx) copies++;
                if (copies >= k) count++;
            }
        }
        return count;
    }
};
