// Walks the list and points every visited node at a dummy: the first node whose next is already the dummy
// was reached twice. Right node, but the list is destroyed.
class Solution {
    public ListNode detectCycle(ListNode head) {
        ListNode dummy = new ListNode();
        ListNode node = head;
        while (node != null) {
            if (node.next == dummy) {
                return node;
            }
            ListNode next = node.next;
            node.next = dummy;
            node = next;
        }
        return null;
    }
}
