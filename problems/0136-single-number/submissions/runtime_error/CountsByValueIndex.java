/*
 * Runtime error: counts the values in an array indexed by the value, forgetting that values can be
 * negative: -30000 ("n1-min") indexes below 0 and throws ArrayIndexOutOfBoundsException.
 */
class Solution {
    public int singleNumber(int[] nums) {
        int[] count = new int[30_001];
        for (int v : nums) {
            count[v]++;
        }
        for (int v : nums) {
            if (count[v] == 1) {
                return v;
            }
        }
        return 0;
    }
}
