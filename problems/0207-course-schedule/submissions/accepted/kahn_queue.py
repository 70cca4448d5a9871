class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        after = defaultdict(list)
        waiting = [0] * numCourses
        for course, before in prerequisites:
            after[before].append(course)
            waiting[course] += 1
        ready = deque(c for c in range(numCourses) if waiting[c] == 0)
        taken = 0
        while ready:
            c = ready.popleft()
            taken += 1
            for d in after[c]:
                waiting[d] -= 1
                if waiting[d] == 0:
                    ready.append(d)
        return taken == numCourses
