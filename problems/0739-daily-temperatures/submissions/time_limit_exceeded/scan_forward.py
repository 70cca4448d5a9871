class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # From every day, walks forward to the next warmer one: O(n^2) when warmer days are rare.
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    answer[i] = j - i
                    break
        return answer
