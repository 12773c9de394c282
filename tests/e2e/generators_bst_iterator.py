class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        self.count += 1
        if self.root is None:
            self.root = TreeNode(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    return
                node = node.right

    def __iter__(self):
        return InorderIterator(self.root)

    def reverse(self):
        yield from self._rev(self.root)

    def _rev(self, node):
        if node is not None:
            yield from self._rev(node.right)
            yield node.key
            yield from self._rev(node.left)

    def range_keys(self, lo, hi):
        for k in self:
            if k > hi:
                return
            if k >= lo:
                yield k


class InorderIterator:
    def __init__(self, root):
        self.stack = []
        self._push_left(root)

    def _push_left(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.left

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self._push_left(node.right)
        return node.key


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print("inorder:", list(t))
print("reverse:", list(t.reverse()))
print("range 33..62:", list(t.range_keys(33, 62)))
print("count:", t.count, "sum:", sum(t))
it = iter(t)
print("smallest three:", next(it), next(it), next(it))
print("is sorted:", all(a < b for a, b in zip(t, list(t)[1:])))
print("kth largest (3):", [k for i, k in enumerate(t.reverse()) if i == 2])
