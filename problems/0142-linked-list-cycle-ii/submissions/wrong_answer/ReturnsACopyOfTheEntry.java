// Finds the entry, but returns a new node with the same value: the judge checks the node, not its value.
class Solution {
    public ListNode detectCycle(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                ListNode from = head;
                while (from != slow) {
                    from = from.next;
                    slow = slow.next;
                }
                return new ListNode(from.val);
            }
        }
        return null;
    }
}
