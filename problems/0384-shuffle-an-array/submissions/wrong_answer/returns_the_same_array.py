class Solution:
    """Wrong Answer: shuffle returns the original order every time."""

    def __init__(self, nums: List[int]):
        self.nums = nums

    def reset(self) -> List[int]:
        return list(self.nums)

    def shuffle(self) -> List[int]:
        return list(self.nums)
