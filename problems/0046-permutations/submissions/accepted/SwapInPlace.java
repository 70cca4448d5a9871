import java.util.ArrayList;
import java.util.List;

/*
 * Accepted: backtracking by swapping. Position k takes each of the values at k..n-1 in turn (swapped into
 * place), the rest is permuted recursively, and the swap is undone before the next choice. The answer's
 * order differs from the reference's, which the "unordered" checker accepts.
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
            swap(a, k, i);
            permute(a, k + 1, out);
            swap(a, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
