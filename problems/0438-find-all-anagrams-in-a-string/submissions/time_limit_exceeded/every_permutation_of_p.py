class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        # Looks for every arrangement of p in s: O(m!) arrangements.
        found = set()
        for arrangement in permutations(p):
            word = "".join(arrangement)
            start = s.find(word)
            while start != -1:
                found.add(start)
                start = s.find(word, start + 1)
        return sorted(found)
