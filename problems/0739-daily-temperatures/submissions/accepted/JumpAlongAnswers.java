/*
 * Accepted: from the right, without a stack. To find the first day after i warmer than day i, start at
 * j = i + 1 and, while day j is not warmer, jump to j's own next warmer day (answer[j] days on): every
 * day skipped is at most as warm as day j, so none of them can be warmer than day i. When answer[j] is 0
 * nothing later is warmer than day j, hence than day i either. Amortised O(n).
 */
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        for (int i = n - 2; i >= 0; i--) {
            int j = i + 1;
            while (temperatures[j] <= temperatures[i]) {
                if (answer[j] == 0) {
                    j = -1;
                    break;
                }
                j += answer[j];
            }
            answer[i] = j < 0 ? 0 : j - i;
        }
        return answer;
    }
}
