import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: finds the cycle correctly (by peeling off nodes of degree 1 until only the cycle is left)
 * but returns the cycle edge that comes FIRST in the input instead of the last: example 1 answers [1,2]
 * instead of [2,3].
 */
class Solution {
    public int[] findRedundantConnection(int[][] edges) {
        int n = edges.length;
        int[] degree = new int[n + 1];
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            degree[e[0]]++;
            degree[e[1]]++;
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        boolean[] removed = new boolean[n + 1];
        int[] stack = new int[n];
        int top = 0;
        for (int v = 1; v <= n; v++) {
            if (degree[v] == 1) {
                stack[top++] = v;
            }
        }
        while (top > 0) {
            int v = stack[--top];
            removed[v] = true;
            for (int w : adj.get(v)) {
                if (!removed[w] && --degree[w] == 1) {
                    stack[top++] = w;
                }
            }
        }
        for (int[] e : edges) {
            if (!removed[e[0]] && !removed[e[1]]) {
                return e;
            }
        }
        return new int[0];
    }
}
