// Wrong answer: breadth-first, but the right child is queued before the left, so every level comes out right
// to left ([[3],[20,9],[7,15]] for example 1). Chains and single nodes per level still pass.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        if (!root) return levels;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            int size = q.size();
            vector<int> level;
            for (int i = 0; i < size; i++) {
                TreeNode* node = q.front();
                q.pop();
                level.push_back(node->val);
                if (node->right) q.push(node->right);
                if (node->left) q.push(node->left);
            }
            levels.push_back(level);
        }
        return levels;
    }
};
