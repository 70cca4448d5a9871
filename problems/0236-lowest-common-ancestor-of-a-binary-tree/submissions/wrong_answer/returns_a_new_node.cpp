// Wrong Answer: finds the ancestor's value but returns a new node holding it; LeetCode asks for the tree's own node.
class Solution {
    TreeNode *find(TreeNode *root, TreeNode *p, TreeNode *q) {
        if (root == nullptr || root == p || root == q) return root;
        TreeNode *left = find(root->left, p, q), *right = find(root->right, p, q);
        return left == nullptr ? right : right == nullptr ? left : root;
    }
public:
    TreeNode *lowestCommonAncestor(TreeNode *root, TreeNode *p, TreeNode *q) {
        TreeNode *found = find(root, p, q);
        return found == nullptr ? nullptr : new TreeNode(found->val);
    }
};
