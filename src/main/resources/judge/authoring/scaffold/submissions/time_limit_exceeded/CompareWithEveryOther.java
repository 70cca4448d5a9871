/*
 * Time limit exceeded: right, but O(n^2): returns the first element that no other element exceeds,
 * comparing it with every other one. When the largest value comes last after equal ones
 * ("max-equal-then-larger-last") every element is compared with all the rest: 5 * 10^9 steps.
 * TODO: your own slow submissions, each too slow on a test you name here.
 */
class Solution {
    public int largest(int[] nums) {
        for (int i = 0; i < nums.length; i++) {
            boolean largest = true;
            for (int j = 0; j < nums.length && largest; j++) {
                largest = nums[j] <= nums[i];
            }
            if (largest) {
                return nums[i];
            }
        }
        throw new IllegalStateException("unreachable: some element is the largest");
    }
}
