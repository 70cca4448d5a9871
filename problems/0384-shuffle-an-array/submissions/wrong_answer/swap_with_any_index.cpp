// Wrong answer: the naive shuffle, swapping a[i] with rand() % n, any index. Its n^n equally likely choice
// sequences cannot fall evenly on the n! orders (for n = 3, 27 on 6: [1,3,2], [2,1,3] and [2,3,1] come 5 times
// in 27, the others 4), so every answer is a valid permutation and only the statistics reject it.
class Solution {
    vector<int> original;
public:
    Solution(vector<int>& nums) : original(nums) {}

    vector<int> reset() {
        return original;
    }

    vector<int> shuffle() {
        vector<int> a = original;
        int n = a.size();
        for (int i = 0; i < n; i++) {
            swap(a[i], a[rand() % n]);
        }
        return a;
    }
};
