class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Marks visited nodes by changing their value: finds the node, but changes the list.
        node = head
        while node:
            if node.val is None:
                return node
            node.val = None
            node = node.next
        return None
