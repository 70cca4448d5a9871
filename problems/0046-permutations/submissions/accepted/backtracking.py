class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        out = []
        current = []
        used = [False] * len(nums)

        def fill():
            if len(current) == len(nums):
                out.append(current[:])
                return
            for i, v in enumerate(nums):
                if not used[i]:
                    used[i] = True
                    current.append(v)
                    fill()
                    current.pop()
                    used[i] = False

        fill()
        return out
