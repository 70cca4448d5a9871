/*
 * Time limit exceeded: brute force. The merged list is one of the ways to interleave the two lists, so
 * try them all (list2's node first, then list1's, at every step) and return the first one that is sorted.
 * Correct, but there are C(m + n, m) interleavings and the search checks sortedness only at the end: with
 * list1 = [-100] * 50 and list2 = [100] * 50 every interleaving but the last one tried fails, some 10^29 of
 * them. Lists of 50 nodes make any polynomial solution fast; this one is slow by being exponential.
 */
class Solution {
    private int[] a;
    private int[] b;
    private int[] merged;

    public ListNode mergeTwoLists(ListNode list1, ListNode list2) {
        a = values(list1);
        b = values(list2);
        merged = new int[a.length + b.length];
        search(0, 0);
        ListNode dummy = new ListNode();
        ListNode tail = dummy;
        for (int v : merged) {
            tail.next = new ListNode(v);
            tail = tail.next;
        }
        return dummy.next;
    }

    private boolean search(int i, int j) {
        if (i == a.length && j == b.length) {
            for (int k = 1; k < merged.length; k++) {
                if (merged[k - 1] > merged[k]) {
                    return false;
                }
            }
            return true;
        }
        if (j < b.length) {
            merged[i + j] = b[j];
            if (search(i, j + 1)) {
                return true;
            }
        }
        if (i < a.length) {
            merged[i + j] = a[i];
            return search(i + 1, j);
        }
        return false;
    }

    private static int[] values(ListNode head) {
        int n = 0;
        for (ListNode x = head; x != null; x = x.next) {
            n++;
        }
        int[] out = new int[n];
        int k = 0;
        for (ListNode x = head; x != null; x = x.next) {
            out[k++] = x.val;
        }
        return out;
    }
}
