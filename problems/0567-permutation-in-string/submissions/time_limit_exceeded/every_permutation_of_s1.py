class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Looks for every arrangement of s1 in s2: O(m!) arrangements.
        for arrangement in permutations(s1):
            if "".join(arrangement) in s2:
                return True
        return False
