/**
 * Singly-linked list node, declared exactly as LeetCode declares it for Java solutions (in a comment above
 * the template), so that solutions use it unchanged: {@code node.val}, {@code node.next}. It lives in the
 * unnamed package, like the solution itself, and is on the class path of every solution the judge
 * compiles and runs. LeetCode writes a list as an array of its values: {@code [1,2,3]}.
 */
public class ListNode {
    int val;
    ListNode next;

    ListNode() {}

    ListNode(int val) {
        this.val = val;
    }

    ListNode(int val, ListNode next) {
        this.val = val;
        this.next = next;
    }
}
