import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/*
 * Accepted: the definition itself. Try removing the edges from the last one back; the first removal that
 * leaves every node reachable from node 1 is the answer. O(n^2): at n <= 1000 about 10^6 steps, which is
 * why this package has no time_limit_exceeded submission: nothing natural is slow at LeetCode's bound.
 */
class Solution {
    public int[] findRedundantConnection(int[][] edges) {
        for (int skip = edges.length - 1; skip >= 0; skip--) {
            if (connectedWithout(edges, skip)) {
                return edges[skip];
            }
        }
        return new int[0];
    }

    private static boolean connectedWithout(int[][] edges, int skip) {
        int n = edges.length;
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (i != skip) {
                adj.get(edges[i][0]).add(edges[i][1]);
                adj.get(edges[i][1]).add(edges[i][0]);
            }
        }
        boolean[] seen = new boolean[n + 1];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(1);
        seen[1] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            for (int v : adj.get(queue.poll())) {
                if (!seen[v]) {
                    seen[v] = true;
                    count++;
                    queue.add(v);
                }
            }
        }
        return count == n;
    }
}
