// Time limit exceeded: right, but O(n k): max_element over every window afresh. With n = 10^5 and k = n / 2
// that is 50001 windows of 50000 elements, 2.5 * 10^9 comparisons ("max-decreasing-full-range-k-half",
// "max-random-digits-k-half").
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        vector<int> result;
        for (int i = 0; i + k <= (int)nums.size(); i++) {
            result.push_back(*max_element(nums.begin() + i, nums.begin() + i + k));
        }
        return result;
    }
};
