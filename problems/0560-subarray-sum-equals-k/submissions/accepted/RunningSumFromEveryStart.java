/*
 * Accepted, and worth knowing why: the quadratic count with a running sum from every start. At LeetCode's
 * bound n <= 2 * 10^4 that is 2 * 10^8 additions, about 0.2 s in Java, inside the 1 s floor: the O(n^2)
 * approach is NOT slow enough to fail here (LeetCode accepts it in Java too). In Python it is far too
 * slow (time_limit_exceeded/every_start.py), and the cubic version is too slow in Java
 * (time_limit_exceeded/SumEverySubarrayAgain.java).
 */
class Solution {
    public int subarraySum(int[] nums, int k) {
        int count = 0;
        for (int i = 0; i < nums.length; i++) {
            int sum = 0;
            for (int j = i; j < nums.length; j++) {
                sum += nums[j];
                if (sum == k) {
                    count++;
                }
            }
        }
        return count;
    }
}
