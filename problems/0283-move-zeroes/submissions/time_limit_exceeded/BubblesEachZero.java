// Right, but each round moves one value one step towards the front and then scans again from the
// start: with 5000 zeros in front of 5000 values that is 2.5 * 10^7 rounds of up to 10^4 steps each.
class Solution {
    public void moveZeroes(int[] nums) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i + 1 < nums.length; i++) {
                if (nums[i] == 0 && nums[i + 1] != 0) {
                    nums[i] = nums[i + 1];
                    nums[i + 1] = 0;
                    moved = true;
                    break;
                }
            }
        }
    }
}
