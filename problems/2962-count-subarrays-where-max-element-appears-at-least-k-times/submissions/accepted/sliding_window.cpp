// Accepted: the sliding window over copies of the array's maximum M. For each right end, move left past copies
// of M while the window holds k of them; every start before left then works, so the end adds left. The count is
// a long long: it reaches n (n + 1) / 2 = 5 * 10^9. O(n).
class Solution {
public:
    long long countSubarrays(vector<int>& nums, int k) {
        int mx = *max_element(nums.begin(), nums.end());
        long long count = 0;
        int inWindow = 0, left = 0;
        for (int right = 0; right < (int)nums.size(); right++) {
            if (nums[right] == mx) inWindow++;
            while (inWindow >= k) {
                if (nums[left] == mx) inWindow--;
                left++;
            }
            count += left;
        }
        return count;
    }
};
