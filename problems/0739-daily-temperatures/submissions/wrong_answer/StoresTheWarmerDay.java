import java.util.ArrayDeque;
import java.util.Deque;

/*
 * Wrong answer: finds the right warmer day but stores its index, not how many days later it comes. Only
 * right where the answer is 0 or day 0 waits: example 1 gets [1,2,6,5,5,6,0,0] instead of [1,1,4,2,1,1,0,0].
 */
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int[] answer = new int[temperatures.length];
        Deque<Integer> waiting = new ArrayDeque<>();
        for (int day = 0; day < temperatures.length; day++) {
            while (!waiting.isEmpty() && temperatures[waiting.peek()] < temperatures[day]) {
                answer[waiting.pop()] = day;
            }
            waiting.push(day);
        }
        return answer;
    }
}
