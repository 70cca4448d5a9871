/** Wrong Answer: shuffle() returns the array unchanged; a permutation, but always the same one. */
class Solution {
    private final int[] nums;

    public Solution(int[] nums) {
        this.nums = nums;
    }

    public int[] reset() {
        return nums.clone();
    }

    public int[] shuffle() {
        return nums.clone();
    }
}
