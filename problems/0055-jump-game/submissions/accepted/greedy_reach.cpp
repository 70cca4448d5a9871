// Accepted: the greedy. Keep the farthest index reachable so far; an index beyond it can never be reached,
// so the answer is false the moment the walk passes it. O(n).
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int reach = 0;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (i > reach) return false;
            reach = max(reach, i + nums[i]);
        }
        return true;
    }
};
