import random


class Solution:
    """Time Limit Exceeded: draws n indices with replacement until all differ; n!/n^n is hopeless for n = 50."""

    def __init__(self, nums: List[int]):
        self.original = list(nums)

    def reset(self) -> List[int]:
        return list(self.original)

    def shuffle(self) -> List[int]:
        n = len(self.original)
        while True:
            picks = [random.randrange(n) for _ in range(n)]
            if len(set(picks)) == n:
                return [self.original[i] for i in picks]
