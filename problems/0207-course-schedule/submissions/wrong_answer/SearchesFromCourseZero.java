import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: a correct three-colour search, started only from course 0, as if every course were
 * reachable from it. A cycle elsewhere is never visited: numCourses = 4 with [[2,3],[3,2]]
 * ("cycle-away-from-course-zero") answers true instead of false.
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
        return !cycleFrom(0);
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
