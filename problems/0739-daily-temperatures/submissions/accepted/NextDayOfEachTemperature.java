import java.util.Arrays;

/*
 * Accepted: uses the small range of temperatures. Walking from the last day back, next[v] is the nearest
 * later day with temperature v; a day's answer is the nearest of next[t + 1 .. 100]. O(71 n) time, O(1)
 * extra space besides the answer.
 */
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int[] next = new int[101];
        Arrays.fill(next, Integer.MAX_VALUE);
        int[] answer = new int[temperatures.length];
        for (int i = temperatures.length - 1; i >= 0; i--) {
            int nearest = Integer.MAX_VALUE;
            for (int v = temperatures[i] + 1; v <= 100; v++) {
                nearest = Math.min(nearest, next[v]);
            }
            answer[i] = nearest == Integer.MAX_VALUE ? 0 : nearest - i;
            next[temperatures[i]] = i;
        }
        return answer;
    }
}
