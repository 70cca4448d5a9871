# Time Limit Exceeded: dedupes the prefixes with "not in" on a list, as Medusa's generate_medusa_buffers
# does, and then finds each node's ancestors by testing every node of the sorted list for being a prefix
# of it: O(P^2) comparisons in Python, about 8 * 10^8 for the 28000 prefixes of "max-distinct-paths"
# (4000 paths of length 8). (Medusa's own sorted_choices.index(prefix) runs in C and, measured here, is
# only about 1.5x too slow in Python, so close to the limit; this learner's version is far past it.)
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
            out.append([0] + [i for i, other in enumerate(sorted_choices, 1) if c[:len(other)] == other])
        return out
