import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: depth-first search with one visited flag, which calls ANY course seen before a cycle. In a
 * diamond (example 3: 0 -> 1 -> 3 and 0 -> 2 -> 3) course 3 is reached twice without any cycle, so the
 * answer is false instead of true. A cycle needs the course to be on the current path, not merely visited.
 */
class Solution {
    private List<List<Integer>> next;
    private boolean[] visited;

    public boolean canFinish(int numCourses, int[][] prerequisites) {
        next = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) {
            next.add(new ArrayList<>());
        }
        for (int[] p : prerequisites) {
            next.get(p[1]).add(p[0]);
        }
        visited = new boolean[numCourses];
        for (int c = 0; c < numCourses; c++) {
            if (!visited[c] && cycleFrom(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean cycleFrom(int c) {
        if (visited[c]) {
            return true;
        }
        visited[c] = true;
        for (int d : next.get(c)) {
            if (cycleFrom(d)) {
                return true;
            }
        }
        return false;
    }
}
