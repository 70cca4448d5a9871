// Accepted: preorder with "#" for a missing child, decoded on a fresh instance.
class Codec {
public:
    string serialize(TreeNode* root) {
        string out;
        write(root, out);
        return out;
    }

    TreeNode* deserialize(string data) {
        istringstream in(data);
        return read(in);
    }

private:
    void write(TreeNode* node, string& out) {
        if (!node) { out += "# "; return; }
        out += to_string(node->val) + " ";
        write(node->left, out);
        write(node->right, out);
    }

    TreeNode* read(istringstream& in) {
        string token;
        in >> token;
        if (token == "#") return nullptr;
        TreeNode* node = new TreeNode(stoi(token));
        node->left = read(in);
        node->right = read(in);
        return node;
    }
};
