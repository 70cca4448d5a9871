import java.util.Arrays;

/*
 * Accepted: sort, then walk the pairs (0,1), (2,3), ...; the first pair whose two values differ starts
 * with the single value, and if every pair matches, the single value is the last element. O(n log n).
 */
class Solution {
    public int singleNumber(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        for (int i = 0; i + 1 < a.length; i += 2) {
            if (a[i] != a[i + 1]) {
                return a[i];
            }
        }
        return a[a.length - 1];
    }
}
