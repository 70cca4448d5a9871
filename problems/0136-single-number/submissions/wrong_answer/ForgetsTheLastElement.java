import java.util.Arrays;

/*
 * Wrong answer: sorts and compares the pairs (0,1), (2,3), ..., but when every pair matches it returns 0
 * instead of the last element, which is then the single value: [1,1,2,2,7] ("single-largest-sorted-last")
 * answers 0 instead of 7.
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
        return 0;
    }
}
