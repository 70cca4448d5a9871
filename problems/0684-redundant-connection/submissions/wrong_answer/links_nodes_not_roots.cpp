// Wrong answer: union-find whose union sets parent[u] = v on the nodes themselves instead of on their roots. A
// node joined twice loses its first link: for [[1,2],[1,3],[2,3]] (example 1), parent[1] = 2 is overwritten by
// parent[1] = 3, so 2 and 3 look unconnected and no edge closes a cycle (it returns []).
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        vector<int> parent(edges.size() + 1);
        for (int i = 0; i < (int)parent.size(); i++) parent[i] = i;
        auto find = [&](int x) {
            while (parent[x] != x) x = parent[x];
            return x;
        };
        for (auto& e : edges) {
            if (find(e[0]) == find(e[1])) return e;
            parent[e[0]] = e[1];
        }
        return {};
    }
};
