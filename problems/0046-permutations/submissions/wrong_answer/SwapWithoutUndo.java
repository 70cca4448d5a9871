import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: the swap-based search without swapping back. After the first branch the array is left in
 * a different order, so later branches start from the wrong arrangement: for [1,2,3] (example 1) it
 * returns [1,2,3],[1,3,2],[3,1,2],[3,2,1],[1,2,3],[1,3,2]: two repeats, and [2,1,3] and [2,3,1] are
 * missing.
 */
class Solution {
    public List<List<Integer>> permute(int[] nums) {
        List<List<Integer>> out = new ArrayList<>();
        permute(nums.clone(), 0, out);
        return out;
    }

    private void permute(int[] a, int k, List<List<Integer>> out) {
        if (k == a.length) {
            List<Integer> p = new ArrayList<>();
            for (int v : a) {
                p.add(v);
            }
            out.add(p);
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, out);
        }
    }
}
