import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: returns the n rotations of nums, mistaking "every ordering" for "every starting point".
 * Right for n <= 2 only: example 1 gets 3 lists of the 6.
 */
class Solution {
    public List<List<Integer>> permute(int[] nums) {
        List<List<Integer>> out = new ArrayList<>();
        int n = nums.length;
        for (int start = 0; start < n; start++) {
            List<Integer> p = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                p.add(nums[(start + i) % n]);
            }
            out.add(p);
        }
        return out;
    }
}
