// Accepted: LeetCode's usual C++ answer. Keeps the original for reset(); shuffle() runs Fisher-Yates backwards on
// a copy, j = rand() % (i + 1) (the bias of % is negligible for n <= 50 against RAND_MAX = 2^31 - 1).
class Solution {
    vector<int> original;
public:
    Solution(vector<int>& nums) : original(nums) {}

    vector<int> reset() {
        return original;
    }

    vector<int> shuffle() {
        vector<int> a = original;
        for (int i = a.size() - 1; i > 0; i--) {
            int j = rand() % (i + 1);
            swap(a[i], a[j]);
        }
        return a;
    }
};
