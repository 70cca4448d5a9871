class Codec:

    def serialize(self, root):
        out = []

        def write(node):
            if node is None:
                out.append("#")
                return
            out.append(str(node.val))
            write(node.left)
            write(node.right)

        write(root)
        return " ".join(out)

    def deserialize(self, data):
        tokens = iter(data.split())

        def read():
            token = next(tokens)
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left = read()
            node.right = read()
            return node

        return read()
