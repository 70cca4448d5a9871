// Time Limit Exceeded: asks at every node whether p and q are both below it, a whole search each time: O(n^2)
// on a path-shaped tree of 10^5 nodes. (An explicit stack: recursion that deep would crash first.)
class Solution {
    bool below(TreeNode *root, TreeNode *target) {
        vector<TreeNode *> todo{root};
        while (!todo.empty()) {
            TreeNode *n = todo.back();
            todo.pop_back();
            if (n == nullptr) continue;
            if (n == target) return true;
            todo.push_back(n->left);
            todo.push_back(n->right);
        }
        return false;
    }
public:
    TreeNode *lowestCommonAncestor(TreeNode *root, TreeNode *p, TreeNode *q) {
        TreeNode *at = root;
        while (true) {
            if (at->left != nullptr && below(at->left, p) && below(at->left, q)) at = at->left;
            else if (at->right != nullptr && below(at->right, p) && below(at->right, q)) at = at->right;
            else return at;
        }
    }
};
