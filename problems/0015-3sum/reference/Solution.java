import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reference solution for 15. 3Sum.
 *
 * Sort, then fix the smallest value nums[i] and find the pairs adding up to -nums[i] among the values
 * after it with two pointers that move towards each other: a sum too small moves the left one right, too
 * large moves the right one left. Duplicates are skipped at both levels: an i whose value equals the
 * previous i's, and, after a triplet is found, every equal value at either pointer; so each set of values
 * is found once, in ascending order. O(n^2) time, O(1) space besides the sort and the answer.
 */
class Solution {
    public List<List<Integer>> threeSum(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        List<List<Integer>> out = new ArrayList<>();
        int n = a.length;
        for (int i = 0; i < n - 2 && a[i] <= 0; i++) {
            if (i > 0 && a[i] == a[i - 1]) {
                continue;
            }
            int lo = i + 1, hi = n - 1;
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
