// Accepted: Kahn's topological sort: count each course's prerequisites, take the courses with none from a
// queue, and finish only if every course was taken. O(V + E).
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> after(numCourses);
        vector<int> waiting(numCourses, 0);
        for (auto& p : prerequisites) {
            after[p[1]].push_back(p[0]);
            waiting[p[0]]++;
        }
        queue<int> ready;
        for (int c = 0; c < numCourses; c++) {
            if (waiting[c] == 0) ready.push(c);
        }
        int taken = 0;
        while (!ready.empty()) {
            int c = ready.front();
            ready.pop();
            taken++;
            for (int d : after[c]) {
                if (--waiting[d] == 0) ready.push(d);
            }
        }
        return taken == numCourses;
    }
};
