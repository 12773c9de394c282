# Tests linked structures built from lists and dicts: a singly linked list in parallel lists, a tree in a dict of lists, LRU order.
values = []
nexts = []
head = -1
def push_front(v):
    global head
    values.append(v)
    nexts.append(head)
    head = len(values) - 1
def to_list():
    out = []
    node = head
    while node != -1:
        out.append(values[node])
        node = nexts[node]
    return out
for v in [5, 4, 3, 2, 1]:
    push_front(v)
    print(to_list())
def reverse_list():
    global head
    prev = -1
    node = head
    while node != -1:
        nxt = nexts[node]
        nexts[node] = prev
        prev = node
        node = nxt
    head = prev
reverse_list()
print(to_list(), values, nexts, head)
tree = {"root": ["a", "b"], "a": ["a1", "a2", "a3"], "b": ["b1"], "a1": [], "a2": ["a2x"], "a3": [], "b1": [], "a2x": []}
def depth_first(node, depth, out):
    out.append("  " * depth + node)
    for child in tree[node]:
        depth_first(child, depth + 1, out)
    return out
print("\n".join(depth_first("root", 0, [])))
def height(node):
    return 1 + max([height(ch) for ch in tree[node]], default=0)
def leaves(node):
    if not tree[node]:
        return [node]
    return [leaf for ch in tree[node] for leaf in leaves(ch)]
print(height("root"), leaves("root"), {n: len(kids) for n, kids in tree.items() if kids})
parent = {ch: n for n, kids in tree.items() for ch in kids}
def ancestors(node):
    out = []
    while node in parent:
        node = parent[node]
        out.append(node)
    return out
print(parent, ancestors("a2x"), ancestors("root"))
cache = {}
order = []
CAP = 3
for key in ["a", "b", "c", "a", "d", "b", "e", "a"]:
    if key in cache:
        order.remove(key)
        cache[key] += 1
    else:
        if len(order) == CAP:
            evicted = order.pop(0)
            del cache[evicted]
            print("evict", evicted)
        cache[key] = 1
    order.append(key)
    print(key, order, cache)
