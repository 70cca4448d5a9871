from collections import deque


class Codec:

    def serialize(self, root):
        if root is None:
            return ""
        out, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("n")
                continue
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data):
        if not data:
            return None
        tokens = iter(data.split(","))
        root = TreeNode(int(next(tokens)))
        queue = deque([root])
        while queue:
            node = queue.popleft()
            for side in ("left", "right"):
                token = next(tokens)
                if token != "n":
                    child = TreeNode(int(token))
                    setattr(node, side, child)
                    queue.append(child)
        return root
