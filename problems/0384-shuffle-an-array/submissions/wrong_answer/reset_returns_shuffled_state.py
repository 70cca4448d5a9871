import random


class Solution:
    """Wrong Answer: shuffles the given list in place and keeps no copy for reset."""

    def __init__(self, nums: List[int]):
        self.nums = nums

    def reset(self) -> List[int]:
        return self.nums

    def shuffle(self) -> List[int]:
        random.shuffle(self.nums)
        return self.nums
