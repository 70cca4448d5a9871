/**
 * Reference solution for 739. Daily Temperatures.
 *
 * A monotonic stack of the days still waiting for a warmer one. Their temperatures never increase from the
 * bottom to the top: a day that is warmer than the top answers it (and every waiting day it beats), then
 * waits itself. A day at most as warm as the top just waits on top. Each day is pushed and popped once:
 * O(n) time, O(n) space. Days left on the stack at the end never meet a warmer day and keep 0.
 */
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        int[] waiting = new int[n];
        int top = 0;
        for (int day = 0; day < n; day++) {
            while (top > 0 && temperatures[waiting[top - 1]] < temperatures[day]) {
                int earlier = waiting[--top];
                answer[earlier] = day - earlier;
            }
            waiting[top++] = day;
        }
        return answer;
    }
}
