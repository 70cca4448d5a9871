class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        a, b = [], []
        while list1:
            a.append(list1.val)
            list1 = list1.next
        while list2:
            b.append(list2.val)
            list2 = list2.next
        # Tries every way of interleaving the two lists until one is sorted: exponential.
        n = len(a) + len(b)
        for positions in combinations(range(n), len(a)):
            merged, i, j, chosen = [], 0, 0, set(positions)
            for k in range(n):
                if k in chosen:
                    merged.append(a[i])
                    i += 1
                else:
                    merged.append(b[j])
                    j += 1
            if all(merged[k] <= merged[k + 1] for k in range(n - 1)):
                dummy = tail = ListNode()
                for v in merged:
                    tail.next = ListNode(v)
                    tail = tail.next
                return dummy.next
        return None
