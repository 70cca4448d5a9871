import java.util.ArrayList;
import java.util.List;

/**
 * Reference solution for 46. Permutations.
 *
 * Backtracking: fill the positions left to right; at each position try every value not used yet, recurse,
 * then undo the choice. Every permutation is one path of choices, and every path ends in a different
 * permutation. O(n * n!) time (n! permutations, each copied once), O(n) space besides the answer.
 */
class Solution {
    public List<List<Integer>> permute(int[] nums) {
        List<List<Integer>> out = new ArrayList<>();
        fill(nums, new boolean[nums.length], new ArrayList<>(), out);
        return out;
    }

    private void fill(int[] nums, boolean[] used, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == nums.length) {
            out.add(new ArrayList<>(current));
            return;
        }
        for (int i = 0; i < nums.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current.add(nums[i]);
                fill(nums, used, current, out);
                current.remove(current.size() - 1);
                used[i] = false;
            }
        }
    }
}
