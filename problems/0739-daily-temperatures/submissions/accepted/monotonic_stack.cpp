// Accepted: the monotonic stack of days still waiting for a warmer one, coldest on top; each day answers every
// colder day it finds on top. O(n).
class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> answer(n, 0);
        stack<int> waiting;
        for (int day = 0; day < n; day++) {
            while (!waiting.empty() && temperatures[waiting.top()] < temperatures[day]) {
                answer[waiting.top()] = day - waiting.top();
                waiting.pop();
            }
            waiting.push(day);
        }
        return answer;
    }
};
