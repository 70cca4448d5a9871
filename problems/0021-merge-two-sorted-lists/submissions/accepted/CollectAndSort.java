import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/*
 * Accepted: ignores that the lists are sorted. Collects every value, sorts them and builds a new list.
 * O((m + n) log(m + n)), fine for lists of 50.
 */
class Solution {
    public ListNode mergeTwoLists(ListNode list1, ListNode list2) {
        List<Integer> values = new ArrayList<>();
        for (ListNode n = list1; n != null; n = n.next) {
            values.add(n.val);
        }
        for (ListNode n = list2; n != null; n = n.next) {
            values.add(n.val);
        }
        Collections.sort(values);
        ListNode dummy = new ListNode();
        ListNode tail = dummy;
        for (int v : values) {
            tail.next = new ListNode(v);
            tail = tail.next;
        }
        return dummy.next;
    }
}
