// Time limit exceeded: a correct cycle search that only remembers the current path, not the courses already
// proved safe, so it walks every path again. In a ladder of 2-course layers joined all-to-all
// ("max-ladder-of-diamonds": 1000 layers, no cycle) there are 2^999 paths from course 0.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> next(numCourses);
        for (auto& p : prerequisites) next[p[1]].push_back(p[0]);
        vector<bool> onPath(numCourses, false);
        for (int c = 0; c < numCourses; c++) {
            if (cycleFrom(c, next, onPath)) return false;
        }
        return true;
    }

private:
    bool cycleFrom(int c, vector<vector<int>>& next, vector<bool>& onPath) {
        if (onPath[c]) return true;
        onPath[c] = true;
        for (int d : next[c]) {
            if (cycleFrom(d, next, onPath)) return true;
        }
        onPath[c] = false;
        return false;
    }
};
