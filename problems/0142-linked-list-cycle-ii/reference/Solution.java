/**
 * Reference solution for 142. Linked List Cycle II.
 *
 * Floyd's tortoise and hare. A slow pointer moves one node per step, a fast one two; if the list has no
 * cycle the fast one reaches the end. If it has one, they meet inside the cycle. Say the cycle starts a
 * nodes from the head, the meeting point is b nodes into the cycle and the cycle has c nodes: the slow
 * pointer walked a + b, the fast one 2(a + b), and the difference a + b is a whole number of laps, so
 * a = (laps) * c - b. Hence a pointer from the head and one from the meeting point, both moving one node
 * per step, meet exactly at the cycle's first node. The list is only read, never changed.
 *
 * O(n) time, O(1) extra memory.
 */
class Solution {
    public ListNode detectCycle(ListNode head) {
        ListNode slow = head;
        ListNode fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                ListNode from = head;
                while (from != slow) {
                    from = from.next;
                    slow = slow.next;
                }
                return from;
            }
        }
        return null;
    }
}
