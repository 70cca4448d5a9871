import random


class Solution:
    """Wrong Answer: the naive shuffle, swapping a[i] with any index; n^n choices cannot split n! orders evenly."""

    def __init__(self, nums: List[int]):
        self.original = list(nums)

    def reset(self) -> List[int]:
        return list(self.original)

    def shuffle(self) -> List[int]:
        a = list(self.original)
        n = len(a)
        for i in range(n):
            j = random.randrange(n)
            a[i], a[j] = a[j], a[i]
        return a
