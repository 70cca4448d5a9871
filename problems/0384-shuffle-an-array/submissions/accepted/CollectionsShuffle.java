import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Accepted: the library's shuffle (itself Fisher-Yates) on a list copy of the original. */
class Solution {
    private final int[] nums;

    public Solution(int[] nums) {
        this.nums = nums.clone();
    }

    public int[] reset() {
        return nums.clone();
    }

    public int[] shuffle() {
        List<Integer> list = new ArrayList<>();
        for (int x : nums) {
            list.add(x);
        }
        Collections.shuffle(list);
        int[] out = new int[nums.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
