class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Bug: remembers values, not nodes: a repeated value looks like a cycle.
        seen = set()
        node = head
        while node:
            if node.val in seen:
                return node
            seen.add(node.val)
            node = node.next
        return None
