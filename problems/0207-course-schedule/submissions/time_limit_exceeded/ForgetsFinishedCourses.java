import java.util.ArrayList;
import java.util.List;

/*
 * Time limit exceeded: a correct cycle search that only remembers the current path, not the courses already
 * proved safe, so it walks every path again. In a ladder of 2-course layers joined all-to-all
 * ("max-ladder-of-diamonds": 1000 layers, 3996 pairs, no cycle) there are 2^999 paths from course 0.
 */
class Solution {
    private List<List<Integer>> next;
    private boolean[] onPath;

    public boolean canFinish(int numCourses, int[][] prerequisites) {
        next = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) {
            next.add(new ArrayList<>());
        }
        for (int[] p : prerequisites) {
            next.get(p[1]).add(p[0]);
        }
        onPath = new boolean[numCourses];
        for (int c = 0; c < numCourses; c++) {
            if (cycleFrom(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean cycleFrom(int c) {
        if (onPath[c]) {
            return true;
        }
        onPath[c] = true;
        for (int d : next.get(c)) {
            if (cycleFrom(d)) {
                return true;
            }
        }
        onPath[c] = false;
        return false;
    }
}
