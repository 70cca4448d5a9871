package judge.problem;

/**
 * A linked list that may end in a cycle, as LeetCode's 141 and 142 give it: {@code "cycle": {"list": "head",
 * "pos": "pos"}}. A test holds the list's values and {@code pos}, the index of the node the tail links back to
 * (-1: no cycle); the method takes only {@code head} (pos is not passed, as on LeetCode). When the method
 * returns a {@code ListNode} ({@code returnsNode}), the answer is that node's index in the list by identity (-1
 * for {@code null}), so that a new node with an equal value is a wrong answer; the answer's type in tests is
 * then {@code int}. The runners check after the call that the list is exactly as it was given: a solution that
 * relinks or relabels nodes to find the cycle is rejected.
 */
public record Cycle(String list, String pos, boolean returnsNode) {}
