// Sorts by "is zero", but through a descending sort of the values: the non-zero values lose their order.
import java.util.Arrays;

class Solution {
    public void moveZeroes(int[] nums) {
        Integer[] boxed = Arrays.stream(nums).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> a == 0 ? (b == 0 ? 0 : 1) : (b == 0 ? -1 : Integer.compare(a, b)));
        for (int i = 0; i < nums.length; i++) {
            nums[i] = boxed[i];
        }
    }
}
