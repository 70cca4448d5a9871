// Wrong answer: the monotonic stack popping on <= instead of <, so a day exactly as warm as a waiting day
// answers it. Example 4 ([50,50,51]) gets [1,1,0] instead of [2,1,0]; "equal-days-before-warmer" too.
class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> answer(n, 0);
        stack<int> waiting;
        for (int day = 0; day < n; day++) {
            while (!waiting.empty() && temperatures[waiting.top()] <= temperatures[day]) {
                answer[waiting.top()] = day - waiting.top();
                waiting.pop();
            }
            waiting.push(day);
        }
        return answer;
    }
};
