class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def __repr__(self):
        return "Node(" + str(self.value) + ")"


def preorder(node):
    yield node.value
    for child in node.children:
        yield from preorder(child)


def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value


def with_depth(node, depth):
    yield (depth, node.value)
    for child in node.children:
        yield from with_depth(child, depth + 1)


def leaves(node):
    if not node.children:
        yield node
    else:
        for c in node.children:
            yield from leaves(c)


def count_nodes(node):
    total = 1
    for c in node.children:
        total += yield from counted(c)
    return total


def counted(node):
    n = yield from count_nodes(node)
    yield n
    return n


tree = Node(1, [
    Node(2, [Node(4, []), Node(5, [Node(8, [])])]),
    Node(3, [Node(6, []), Node(7, [])]),
])

print("pre:", list(preorder(tree)))
print("post:", list(postorder(tree)))
for depth, v in with_depth(tree, 0):
    print("  " * depth + str(v))
print("leaves:", list(leaves(tree)))
print("sum:", sum(preorder(tree)))
print("max leaf:", max(n.value for n in leaves(tree)))
print("subtree sizes:", list(counted(tree)))
