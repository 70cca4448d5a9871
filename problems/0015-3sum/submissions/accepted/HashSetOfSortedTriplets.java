import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/*
 * Accepted: hashing instead of two pointers. After sorting, for each i a set holds the values seen between
 * i and j; nums[j] completes a triplet when -(nums[i] + nums[j]) was seen. Triplets come out in ascending
 * order, so a set of them removes repeats. O(n^2) expected time; it also returns the triplets in a
 * different order from the reference's, which the checker must accept.
 */
class Solution {
    public List<List<Integer>> threeSum(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        Set<List<Integer>> found = new HashSet<>();
        for (int i = 0; i < a.length; i++) {
            if (i > 0 && a[i] == a[i - 1]) {
                continue;
            }
            Set<Integer> seen = new HashSet<>();
            for (int j = i + 1; j < a.length; j++) {
                int need = -a[i] - a[j];
                if (seen.contains(need)) {
                    found.add(List.of(a[i], need, a[j]));
                }
                seen.add(a[j]);
            }
        }
        return new ArrayList<>(found);
    }
}
