// Wrong answer: a node attends to the root, its parent and itself, not to every ancestor. Caught by example 1,
// whose node [0,0,0] also sees [0] (expected [0,1,4,6], gets [0,4,6]).
class Solution {
public:
    vector<vector<int>> treeAttentionMask(vector<vector<int>>& paths) {
        vector<vector<int>> prefixes;
        for (const auto& p : paths)
            for (size_t k = 1; k <= p.size(); k++) prefixes.emplace_back(p.begin(), p.begin() + k);
        sort(prefixes.begin(), prefixes.end(), [](const vector<int>& a, const vector<int>& b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
        prefixes.erase(unique(prefixes.begin(), prefixes.end()), prefixes.end());
        map<vector<int>, int> id;
        for (size_t i = 0; i < prefixes.size(); i++) id[prefixes[i]] = i + 1;
        vector<vector<int>> mask = {{0}};
        for (const auto& q : prefixes) {
            vector<int> row = {0};
            if (q.size() > 1) row.push_back(id[vector<int>(q.begin(), q.end() - 1)]);
            row.push_back(id[q]);
            mask.push_back(row);
        }
        return mask;
    }
};
