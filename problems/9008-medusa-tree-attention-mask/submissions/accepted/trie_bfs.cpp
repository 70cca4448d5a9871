// Accepted: a trie of the paths with map children (kept in increasing order), numbered breadth first, which
// is Medusa's order (by length, then lexicographically); each node's row is its parent's row plus itself.
class Solution {
public:
    vector<vector<int>> treeAttentionMask(vector<vector<int>>& paths) {
        vector<map<int, int>> children(1);  // node 0 is the root
        for (const auto& p : paths) {
            int at = 0;
            for (int x : p) {
                auto it = children[at].find(x);
                if (it == children[at].end()) {
                    children.emplace_back();
                    it = children[at].emplace(x, (int)children.size() - 1).first;
                }
                at = it->second;
            }
        }
        vector<vector<int>> mask = {{0}};
        queue<pair<int, int>> bfs;  // (trie node, its number)
        bfs.push({0, 0});
        while (!bfs.empty()) {
            auto [node, number] = bfs.front();
            bfs.pop();
            for (const auto& [token, child] : children[node]) {
                vector<int> row = mask[number];
                row.push_back(mask.size());
                bfs.push({child, (int)mask.size()});
                mask.push_back(row);
            }
        }
        return mask;
    }
};
