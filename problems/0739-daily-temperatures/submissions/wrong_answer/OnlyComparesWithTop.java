import java.util.ArrayDeque;
import java.util.Deque;

/*
 * Wrong answer: an `if` where the stack needs a `while`. A warm day answers only the day on top of the
 * stack, not every colder day waiting under it: for [80,70,60,50,40,90] ("warm-day-answers-many") only
 * day 4 is answered by day 5, the others wrongly keep 0.
 */
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int[] answer = new int[temperatures.length];
        Deque<Integer> waiting = new ArrayDeque<>();
        for (int day = 0; day < temperatures.length; day++) {
            if (!waiting.isEmpty() && temperatures[waiting.peek()] < temperatures[day]) {
                int earlier = waiting.pop();
                answer[earlier] = day - earlier;
            }
            waiting.push(day);
        }
        return answer;
    }
}
