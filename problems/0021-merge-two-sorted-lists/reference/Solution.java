/**
 * Reference solution for 21. Merge Two Sorted Lists.
 *
 * Walk both lists at once behind a dummy head: link the smaller of the two current nodes (list1's on a
 * tie, which keeps equal values in a stable order) and step past it. When one list runs out, the rest of
 * the other is already sorted and is linked as it is. The nodes are reused, none is created but the dummy.
 *
 * O(m + n) time, O(1) extra memory.
 */
class Solution {
    public ListNode mergeTwoLists(ListNode list1, ListNode list2) {
        ListNode dummy = new ListNode();
        ListNode tail = dummy;
        while (list1 != null && list2 != null) {
            if (list1.val <= list2.val) {
                tail.next = list1;
                list1 = list1.next;
            } else {
                tail.next = list2;
                list2 = list2.next;
            }
            tail = tail.next;
        }
        tail.next = list1 != null ? list1 : list2;
        return dummy.next;
    }
}
