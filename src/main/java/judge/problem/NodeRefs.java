package judge.problem;

import java.util.List;

/**
 * Arguments that are nodes of a tree argument, as LeetCode's 236 gives them: {@code "nodes": {"tree": "root",
 * "refs": ["p", "q"]}}. A test holds each reference as the value of its node ({@code "p": 5}; the tree's values
 * are declared distinct), and the runners pass the tree's own node with that value, so that the method receives
 * {@code TreeNode p} as on LeetCode. The references name different nodes. When the method returns a
 * {@code TreeNode} ({@code returnsNode}), the answer is checked by identity: the runners answer the value the
 * returned node had when the tree was given, or a sentence for a node that is not one of the tree's (a new node
 * with an equal value is a wrong answer); the answer's type in tests is then {@code int}, the node's value.
 */
public record NodeRefs(String tree, List<String> refs, boolean returnsNode) {
    public NodeRefs {
        refs = List.copyOf(refs);
    }
}
