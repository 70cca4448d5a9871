import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: skips the duplicates of the fixed value the wrong way round, looking ahead
 * (nums[i] == nums[i + 1]) instead of back. It keeps the LAST of equal values, so the pointers start after
 * every copy of it and a triplet that needs the value twice is lost: [-1,-1,2] ("needs-first-of-two-equal")
 * returns [] instead of [[-1,-1,2]].
 */
class Solution {
    public List<List<Integer>> threeSum(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < a.length - 2; i++) {
            if (a[i] == a[i + 1]) {
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
