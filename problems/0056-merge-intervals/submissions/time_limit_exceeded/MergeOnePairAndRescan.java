import java.util.ArrayList;
import java.util.List;

/*
 * Time limit exceeded: "merge until no two intervals overlap", literally: look for any overlapping pair,
 * merge it, and start looking again from the beginning. Correct, but finding a pair costs O(n^2) and
 * there can be n - 1 merges: O(n^3). Already 10^4 disjoint points cost one full search of 5 * 10^7 pairs
 * (about the time limit), and 10^4 short random intervals thousands of searches; with 5000 disjoint
 * points in front of 5000 copies of one point ("max-disjoint-points-then-one-point-repeated") every
 * search walks past the points first: about 10^11 comparisons, minutes.
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        List<int[]> list = new ArrayList<>();
        for (int[] iv : intervals) {
            list.add(new int[] {iv[0], iv[1]});
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            search:
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    int[] a = list.get(i), b = list.get(j);
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.max(a[1], b[1]);
                        list.remove(j);
                        merged = true;
                        break search;
                    }
                }
            }
        }
        return list.toArray(new int[0][]);
    }
}
