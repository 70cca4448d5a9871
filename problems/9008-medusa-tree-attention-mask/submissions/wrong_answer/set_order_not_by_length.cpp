// Wrong answer: collects the prefixes in a set<vector<int>> and numbers them in the set's order, which is
// vector's plain lexicographic order: [0,0] comes before [1], but Medusa numbers by length first. Caught by
// example 1: [[0],[0,0],[1],[0,1],[2],[0,0,0]] (expected [[0],[0,1],[0,2],[0,3],[0,1,4],...], gets
// [[0],[0,1],[0,1,2],[0,1,2,3],[0,1,4],...]).
class Solution {
public:
    vector<vector<int>> treeAttentionMask(vector<vector<int>>& paths) {
        set<vector<int>> prefixes;
        for (const auto& p : paths)
            for (size_t k = 1; k <= p.size(); k++) prefixes.insert(vector<int>(p.begin(), p.begin() + k));
        map<vector<int>, int> id;
        int next = 1;
        for (const auto& q : prefixes) id[q] = next++;
        vector<vector<int>> mask = {{0}};
        for (const auto& q : prefixes) {
            vector<int> row = {0};
            for (size_t k = 1; k <= q.size(); k++) row.push_back(id[vector<int>(q.begin(), q.begin() + k)]);
            mask.push_back(row);
        }
        return mask;
    }
};
