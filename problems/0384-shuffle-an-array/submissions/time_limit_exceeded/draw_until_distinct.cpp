// Time limit exceeded: draws n indices with replacement until they happen to be all different. The result is
// uniform, but an attempt succeeds with probability n!/n^n: fine for n = 5 (1 in 26 attempts), hopeless for
// n = 50 (about 3 * 10^-21).
class Solution {
    vector<int> original;
public:
    Solution(vector<int>& nums) : original(nums) {}

    vector<int> reset() {
        return original;
    }

    vector<int> shuffle() {
        int n = original.size();
        while (true) {
            vector<int> picks;
            vector<bool> used(n, false);
            bool distinct = true;
            for (int i = 0; i < n && distinct; i++) {
                int p = rand() % n;
                distinct = !used[p];
                used[p] = true;
                picks.push_back(p);
            }
            if (distinct) {
                vector<int> out;
                for (int p : picks) out.push_back(original[p]);
                return out;
            }
        }
    }
};
