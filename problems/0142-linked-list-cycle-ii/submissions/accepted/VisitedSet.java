// Remembers every node seen (by identity: ListNode does not override equals); the first one seen twice is
// where the cycle begins. O(n) extra memory.
import java.util.HashSet;
import java.util.Set;

class Solution {
    public ListNode detectCycle(ListNode head) {
        Set<ListNode> seen = new HashSet<>();
        for (ListNode node = head; node != null; node = node.next) {
            if (!seen.add(node)) {
                return node;
            }
        }
        return null;
    }
}
