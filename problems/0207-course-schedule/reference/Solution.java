/**
 * Reference solution for 207. Course Schedule.
 *
 * Kahn's topological sort. A pair [a, b] is an edge b -> a; a course is ready when every course it needs
 * is done, that is when its count of unmet prerequisites (its in-degree) reaches 0. Take ready courses
 * from a queue, and let each one lower the counts of the courses that need it. Every course gets taken
 * exactly when the graph has no cycle: the courses on a cycle (a self-loop included) never become ready.
 * O(V + E) time and space, with the edges in arrays (a repeated pair is simply two edges).
 */
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        int e = prerequisites.length;
        int[] head = new int[numCourses];
        int[] next = new int[e];
        int[] to = new int[e];
        int[] indegree = new int[numCourses];
        java.util.Arrays.fill(head, -1);
        for (int i = 0; i < e; i++) {
            int a = prerequisites[i][0], b = prerequisites[i][1];
            to[i] = a;
            next[i] = head[b];
            head[b] = i;
            indegree[a]++;
        }
        int[] queue = new int[numCourses];
        int tail = 0;
        for (int c = 0; c < numCourses; c++) {
            if (indegree[c] == 0) {
                queue[tail++] = c;
            }
        }
        for (int h = 0; h < tail; h++) {
            for (int i = head[queue[h]]; i >= 0; i = next[i]) {
                if (--indegree[to[i]] == 0) {
                    queue[tail++] = to[i];
                }
            }
        }
        return tail == numCourses;
    }
}
