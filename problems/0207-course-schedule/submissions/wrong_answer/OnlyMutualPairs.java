import java.util.HashSet;
import java.util.Set;

/*
 * Wrong answer: looks only for two courses that require each other (and a course that requires itself).
 * Longer cycles pass unseen: [[1,0],[2,1],[0,2]] ("cycle-of-three") answers true instead of false.
 * The property phase does not falsify it: random pairs that form a cycle almost always contain a mutual
 * pair or a self-loop as well. Only the tests with longer cycles alone catch it.
 */
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        Set<Long> pairs = new HashSet<>();
        for (int[] p : prerequisites) {
            if (p[0] == p[1] || pairs.contains((long) p[1] * numCourses + p[0])) {
                return false;
            }
            pairs.add((long) p[0] * numCourses + p[1]);
        }
        return true;
    }
}
