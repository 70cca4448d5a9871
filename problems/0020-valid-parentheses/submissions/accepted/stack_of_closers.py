class Solution:
    def isValid(self, s: str) -> bool:
        closer = {"(": ")", "[": "]", "{": "}"}
        expected = []
        for c in s:
            if c in closer:
                expected.append(closer[c])
            elif not expected or expected.pop() != c:
                return False
        return not expected
