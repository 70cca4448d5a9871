class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # Counts every value with a loop over the whole array: O(n^2), about 4.5 * 10^8 steps when the
        # single value is last ("max-single-last"). The same loop in Java is not slow enough at n = 3 * 10^4.
        n = len(nums)
        for i in range(n):
            count = 0
            for j in range(n):
                if nums[j] == nums[i]:
                    count += 1
            if count == 1:
                return nums[i]
        return 0
