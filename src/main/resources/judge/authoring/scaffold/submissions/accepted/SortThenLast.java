import java.util.Arrays;

/*
 * Accepted: sorts a copy and takes its last element. O(n log n), well within the limits.
 * TODO: your own accepted solutions, other ways to the right answer (each file is judged by verify).
 */
class Solution {
    public int largest(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 1];
    }
}
