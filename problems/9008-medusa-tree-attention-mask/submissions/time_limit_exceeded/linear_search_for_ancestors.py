# Time Limit Exceeded: Medusa's own generate_medusa_buffers: dedupes the prefixes with "not in" on a list
# and finds each ancestor with sorted_choices.index(prefix): O(P^2 L^2). Caught by "max-distinct-paths"
# (4000 paths of length 8, about 28000 prefixes).
class Solution:
    def treeAttentionMask(self, paths: List[List[int]]) -> List[List[int]]:
        choices = []
        for p in paths:
            for k in range(1, len(p) + 1):
                if p[:k] not in choices:
                    choices.append(p[:k])
        sorted_choices = sorted(choices, key=lambda c: (len(c), c))
        out = [[0]]
        for c in sorted_choices:
            out.append([0] + [sorted_choices.index(c[:k]) + 1 for k in range(1, len(c) + 1)])
        return out
