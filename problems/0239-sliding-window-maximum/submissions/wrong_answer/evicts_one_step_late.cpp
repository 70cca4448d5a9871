// Wrong answer: the monotonic deque with an off-by-one in the eviction test: the front leaves when its index
// is < i - k, one step after it left the window, so a maximum that just left still counts: nums = [9,1,1,1], k
// = 2 gives [9,9,1] instead of [9,1,1].
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> window;
        vector<int> result;
        for (int i = 0; i < (int)nums.size(); i++) {
            while (!window.empty() && nums[window.back()] <= nums[i]) window.pop_back();
            window.push_back(i);
            if (window.front() < i - k) window.pop_front();
            if (i >= k - 1) result.push_back(nums[window.front()]);
        }
        return result;
    }
};
