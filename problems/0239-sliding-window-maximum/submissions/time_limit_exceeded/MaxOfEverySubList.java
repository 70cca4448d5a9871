import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/*
 * Time limit exceeded: correct, O(n * k). It boxes the array into a List<Integer> once and asks
 * Collections.max for every window's subList. With n = 10^5 and k = n / 2 that is 50001 windows of 50000
 * boxed comparisons, 2.5 * 10^9 in all ("max-decreasing-full-range-k-half", "max-random-digits-k-half").
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        List<Integer> list = new ArrayList<>(nums.length);
        for (int x : nums) {
            list.add(x);
        }
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i + k <= nums.length; i++) {
            result[i] = Collections.max(list.subList(i, i + k));
        }
        return result;
    }
}
