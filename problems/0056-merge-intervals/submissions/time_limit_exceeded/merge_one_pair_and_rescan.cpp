// Time limit exceeded: "merge until no two intervals overlap", literally: find any overlapping pair, merge
// it, erase the second, and search again from the beginning. Correct, but each search is O(n^2) and there
// can be n - 1 merges: O(n^3), some 10^11 comparisons with 5000 disjoint points before 5000 copies of one.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<vector<int>> list = intervals;
        bool merged = true;
        while (merged) {
            merged = false;
            for (size_t i = 0; i < list.size() && !merged; i++) {
                for (size_t j = i + 1; j < list.size(); j++) {
                    if (list[i][0] <= list[j][1] && list[j][0] <= list[i][1]) {
                        list[i][0] = min(list[i][0], list[j][0]);
                        list[i][1] = max(list[i][1], list[j][1]);
                        list.erase(list.begin() + j);
                        merged = true;
                        break;
                    }
                }
            }
        }
        return list;
    }
};
