/*
 * Wrong answer: the monotonic stack popping on <= instead of <, so a day exactly as warm as a waiting day
 * answers it. Example 4 ([50,50,51]) gets [1,1,0] instead of [2,1,0]; "equal-days-before-warmer" too.
 */
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        int[] waiting = new int[n];
        int top = 0;
        for (int day = 0; day < n; day++) {
            while (top > 0 && temperatures[waiting[top - 1]] <= temperatures[day]) {
                int earlier = waiting[--top];
                answer[earlier] = day - earlier;
            }
            waiting[top++] = day;
        }
        return answer;
    }
}
