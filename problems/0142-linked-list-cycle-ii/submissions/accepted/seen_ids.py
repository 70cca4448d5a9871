class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        seen = set()
        node = head
        while node:
            if id(node) in seen:
                return node
            seen.add(id(node))
            node = node.next
        return None
