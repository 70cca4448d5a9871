// Accepted: every non-empty prefix of every path, sorted by length and then as integer sequences (vector's
// operator<), duplicates removed; a map from prefix to its number gives each node's ancestors.
// O(P L^2 log P) for P paths of length L.
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
            for (size_t k = 1; k <= q.size(); k++) row.push_back(id[vector<int>(q.begin(), q.begin() + k)]);
            mask.push_back(row);
        }
        return mask;
    }
};
