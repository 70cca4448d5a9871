import random


class Solution:
    """Wrong Answer: random.choices draws with replacement, so values repeat and others go missing."""

    def __init__(self, nums: List[int]):
        self.original = list(nums)

    def reset(self) -> List[int]:
        return list(self.original)

    def shuffle(self) -> List[int]:
        return random.choices(self.original, k=len(self.original))
