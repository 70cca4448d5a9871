// Copy the non-zero values forward, then fill the rest with zeros: two passes, in place.
class Solution {
    public void moveZeroes(int[] nums) {
        int k = 0;
        for (int v : nums) {
            if (v != 0) {
                nums[k++] = v;
            }
        }
        while (k < nums.length) {
            nums[k++] = 0;
        }
    }
}
