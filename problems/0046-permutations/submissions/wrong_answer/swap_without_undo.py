class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        a = nums[:]
        out = []

        def go(k):
            if k == len(a):
                out.append(a[:])
                return
            for i in range(k, len(a)):
                a[k], a[i] = a[i], a[k]
                go(k + 1)
                # Bug: the swap is not undone, so later choices start from a scrambled array.

        go(0)
        return out
