class Solution:
    def isValid(self, s: str) -> bool:
        opener = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c not in opener:
                stack.append(c)
            elif not stack or stack.pop() != opener[c]:
                return False
        # Bug: brackets still open at the end make the string invalid, but this never looks at the stack.
        return True
