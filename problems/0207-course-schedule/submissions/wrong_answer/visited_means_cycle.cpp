// Wrong answer: depth-first search with one visited flag, which calls any course seen before a cycle. In a
// diamond (example 3: 0 -> 1 -> 3 and 0 -> 2 -> 3) course 3 is reached twice without any cycle, so the answer
// is false instead of true.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> next(numCourses);
        for (auto& p : prerequisites) next[p[1]].push_back(p[0]);
        vector<bool> visited(numCourses, false);
        for (int c = 0; c < numCourses; c++) {
            if (!visited[c] && cycleFrom(c, next, visited)) return false;
        }
        return true;
    }

private:
    bool cycleFrom(int c, vector<vector<int>>& next, vector<bool>& visited) {
        if (visited[c]) return true;
        visited[c] = true;
        for (int d : next[c]) {
            if (cycleFrom(d, next, visited)) return true;
        }
        return false;
    }
};
