/*
 * Wrong answer: union-find whose union sets parent[a] = b on the nodes themselves instead of on their
 * roots. A node joined twice loses its first link: for [[1,2],[1,3],[2,3]] (example 1), parent[1] = 2 is
 * overwritten by parent[1] = 3, so 2 and 3 look unconnected and no edge closes a cycle (it returns []).
 */
class Solution {
    public int[] findRedundantConnection(int[][] edges) {
        int[] parent = new int[edges.length + 1];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int[] e : edges) {
            if (find(parent, e[0]) == find(parent, e[1])) {
                return e;
            }
            parent[e[0]] = e[1];
        }
        return new int[0];
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }
}
