/*
 * Wrong answer: compares the values as strings, so "10" comes before "9" and "-5" before "-50": right on
 * one-digit values of one sign (all the examples), wrong as soon as lengths or signs differ.
 */
class Solution {
    public ListNode mergeTwoLists(ListNode list1, ListNode list2) {
        ListNode dummy = new ListNode();
        ListNode tail = dummy;
        while (list1 != null && list2 != null) {
            if (String.valueOf(list1.val).compareTo(String.valueOf(list2.val)) <= 0) {
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
