// Accepted: the monotonic deque of indices, their values decreasing from the front: the front is the window's
// maximum, and it leaves once its index falls out of the window. Each index enters and leaves once: O(n).
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> window;
        vector<int> result;
        for (int i = 0; i < (int)nums.size(); i++) {
            while (!window.empty() && nums[window.back()] <= nums[i]) window.pop_back();
            window.push_back(i);
            if (window.front() <= i - k) window.pop_front();
            if (i >= k - 1) result.push_back(nums[window.front()]);
        }
        return result;
    }
};
