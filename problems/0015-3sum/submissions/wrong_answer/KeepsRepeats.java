import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: sort and two pointers, but after a triplet is found both pointers move by one only, over
 * equal values, so the same triplet is found again: [-2,0,0,2,2] ("repeats-at-both-pointers") returns
 * [-2,0,2] twice.
 */
class Solution {
    public List<List<Integer>> threeSum(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < a.length - 2; i++) {
            if (i > 0 && a[i] == a[i - 1]) {
                continue;
            }
            int lo = i + 1, hi = a.length - 1;
            while (lo < hi) {
                int sum = a[i] + a[lo] + a[hi];
                if (sum < 0) {
                    lo++;
                } else if (sum > 0) {
                    hi--;
                } else {
                    out.add(List.of(a[i], a[lo], a[hi]));
                    lo++;
                    hi--;
                }
            }
        }
        return out;
    }
}
