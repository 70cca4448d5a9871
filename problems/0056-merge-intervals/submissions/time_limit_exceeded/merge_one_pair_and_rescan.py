class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Merges one overlapping pair at a time and rescans every pair from the start: O(n^3).
        intervals = [list(i) for i in intervals]
        changed = True
        while changed:
            changed = False
            for i in range(len(intervals)):
                for j in range(i + 1, len(intervals)):
                    a, b = intervals[i], intervals[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        intervals[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        del intervals[j]
                        changed = True
                        break
                if changed:
                    break
        return intervals
