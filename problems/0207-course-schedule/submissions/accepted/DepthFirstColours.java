import java.util.ArrayList;
import java.util.List;

/*
 * Accepted: depth-first search with three colours. White: not visited; grey: on the current path; black:
 * finished, known not to lead into a cycle. An edge to a grey course closes a cycle. Black courses are never
 * searched again, so the whole search is O(V + E). Recursive: the chain of 2000 courses ("max-chain")
 * needs a stack 2000 calls deep.
 */
class Solution {
    private List<List<Integer>> next;
    private int[] colour;

    public boolean canFinish(int numCourses, int[][] prerequisites) {
        next = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) {
            next.add(new ArrayList<>());
        }
        for (int[] p : prerequisites) {
            next.get(p[1]).add(p[0]);
        }
        colour = new int[numCourses];
        for (int c = 0; c < numCourses; c++) {
            if (colour[c] == 0 && cycleFrom(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean cycleFrom(int c) {
        colour[c] = 1;
        for (int d : next.get(c)) {
            if (colour[d] == 1 || colour[d] == 0 && cycleFrom(d)) {
                return true;
            }
        }
        colour[c] = 2;
        return false;
    }
}
