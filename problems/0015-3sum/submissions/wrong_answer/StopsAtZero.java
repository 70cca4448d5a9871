import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: the early exit "the smallest value must be negative" is one too strict. Three zeros add up
 * to 0 with a smallest value of 0, so example 3 ([0,0,0]) returns [] instead of [[0,0,0]].
 */
class Solution {
    public List<List<Integer>> threeSum(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < a.length - 2 && a[i] < 0; i++) {
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
                    while (lo < hi && a[lo] == a[lo + 1]) {
                        lo++;
                    }
                    while (lo < hi && a[hi] == a[hi - 1]) {
                        hi--;
                    }
                    lo++;
                    hi--;
                }
            }
        }
        return out;
    }
}
