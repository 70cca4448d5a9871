/*
 * Wrong answer: merges while both lists have nodes, then stops: whatever is left of the longer list is lost.
 * Right only when both lists end on the same step, which ties at the end do ([1] and [1]).
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
        tail.next = null;
        return dummy.next;
    }
}
