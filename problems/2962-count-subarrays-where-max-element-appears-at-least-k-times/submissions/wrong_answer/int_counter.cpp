// Wrong answer: the right sliding window with the count in an int, returned as a long long. Right whenever the
// answer fits in 32 bits, so on every small test; it overflows once the answer passes 2^31 - 1, which takes n of
// about 65,000 or more with many copies of the maximum ("max-all-equal-k-1": 5,000,050,000).
class Solution {
public:
    long long countSubarrays(vector<int>& nums, int k) {
        int mx = *max_element(nums.begin(), nums.end());
        int count = 0;
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
