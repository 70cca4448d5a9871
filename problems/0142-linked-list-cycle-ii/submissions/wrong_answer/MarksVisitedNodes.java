// Marks each visited node by overwriting its value with a sentinel: finds the right node, but changes the
// list, which the judge rejects (and a list that holds the sentinel value itself would fool it).
class Solution {
    public ListNode detectCycle(ListNode head) {
        final int seen = Integer.MIN_VALUE;
        for (ListNode node = head; node != null; node = node.next) {
            if (node.val == seen) {
                return node;
            }
            node.val = seen;
        }
        return null;
    }
}
