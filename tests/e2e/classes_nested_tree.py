class Tree:
    class Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

        def __repr__(self):
            return f"Node({self.key})"

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        node = Tree.Node(key)
        self.size += 1
        if self.root is None:
            self.root = node
            return
        current = self.root
        while True:
            if key < current.key:
                if current.left is None:
                    current.left = node
                    return
                current = current.left
            else:
                if current.right is None:
                    current.right = node
                    return
                current = current.right

    def inorder(self):
        out = []
        def walk(n):
            if n is not None:
                walk(n.left)
                out.append(n.key)
                walk(n.right)
        walk(self.root)
        return out

class Outer:
    class Middle:
        class Leaf:
            pass
        def make(self):
            return Outer.Middle.Leaf()

t = Tree()
for k in [5, 3, 8, 1, 4, 9]:
    t.insert(k)
print(t.inorder(), t.size, t.root)
n = Tree.Node(7)
print(n, Tree.Node.__name__, Tree.Node.__qualname__, Tree.Node)
leaf = Outer.Middle().make()
print(type(leaf).__qualname__, leaf.__class__.__name__)
print(repr(leaf).startswith("<__main__.Outer.Middle.Leaf object at 0x"))
