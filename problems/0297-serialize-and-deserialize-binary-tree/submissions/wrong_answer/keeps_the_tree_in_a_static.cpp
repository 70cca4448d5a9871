// Wrong Answer: serialize keeps the root in a static and deserialize hands it back, ignoring the string; the
// decoder must build new nodes from the string alone.
class Codec {
    static inline TreeNode *kept = nullptr;
public:
    string serialize(TreeNode *root) {
        kept = root;
        return "kept";
    }
    TreeNode *deserialize(string data) {
        return kept;
    }
};
