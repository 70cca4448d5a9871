class Codec:

    def serialize(self, root):
        out = []

        def write(node):
            if node is None:
                out.append("#")
            else:
                out.append(chr(ord("0") + node.val))
                write(node.left)
                write(node.right)

        write(root)
        return "".join(out)

    def deserialize(self, data):
        chars = iter(data)

        def read():
            c = next(chars)
            if c == "#":
                return None
            node = TreeNode(ord(c) - ord("0"))
            node.left = read()
            node.right = read()
            return node

        return read()
