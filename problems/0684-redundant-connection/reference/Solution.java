/**
 * Reference solution for 684. Redundant Connection.
 *
 * Union-find over the edges in input order. An edge whose two ends are already connected closes the one
 * cycle; every edge before it joined two separate parts. The edges that may be removed are exactly the
 * cycle's, and the closing edge is the cycle's last in input order (the cycle is complete only once its
 * last edge arrives), so it is the answer. Path halving and union by size: O(n α(n)) time, O(n) space.
 */
class Solution {
    public int[] findRedundantConnection(int[][] edges) {
        int n = edges.length;
        int[] parent = new int[n + 1];
        int[] size = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        for (int[] e : edges) {
            int a = find(parent, e[0]), b = find(parent, e[1]);
            if (a == b) {
                return e;
            }
            if (size[a] < size[b]) {
                int t = a;
                a = b;
                b = t;
            }
            parent[b] = a;
            size[a] += size[b];
        }
        throw new IllegalArgumentException("no edge closes a cycle");
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
