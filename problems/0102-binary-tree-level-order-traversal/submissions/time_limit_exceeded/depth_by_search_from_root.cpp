// Time limit exceeded: for each depth d, goes through all nodes in preorder and keeps those at depth d,
// finding each node's depth by searching for it from the root. Correct, but O(height * n * n): on a chain of
// 2000 nodes, 2000 depths times 2000 nodes times a search of 1000 steps on average. A plain rewalk per
// level, O(n * height), is fast at 2000 nodes; only such a pathological solution times out.
class Solution {
    static void preorder(TreeNode* node, vector<TreeNode*>& out) {
        if (!node) return;
        out.push_back(node);
        preorder(node->left, out);
        preorder(node->right, out);
    }

    // The depth of target below node, or -1 if it is not there.
    static int depthOf(TreeNode* node, TreeNode* target, int depth) {
        if (!node) return -1;
        if (node == target) return depth;
        int left = depthOf(node->left, target, depth + 1);
        return left >= 0 ? left : depthOf(node->right, target, depth + 1);
    }

public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<TreeNode*> nodes;
        preorder(root, nodes);
        vector<vector<int>> levels;
        for (int d = 0;; d++) {
            vector<int> level;
            for (TreeNode* node : nodes) {
                if (depthOf(root, node, 0) == d) level.push_back(node->val);
            }
            if (level.empty()) return levels;
            levels.push_back(level);
        }
    }
};
