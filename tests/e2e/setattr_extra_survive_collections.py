# Review case: Extra attributes of many instances stay reachable while garbage is collected.
class Node:
    def __init__(self, idx):
        self.idx = idx

nodes = []
junk = []
for i in range(300):
    n = Node(i)
    for key in ("label", "payload", "extra"):
        setattr(n, key, f"{key}-{i}")
    nodes.append(n)
    junk.append([str(j) * 3 for j in range(20)])
    if len(junk) > 10:
        junk = []
total = 0
for n in nodes:
    total += len(n.label) + len(getattr(n, "payload")) + len(n.extra)
print(total)
print(nodes[0].label, nodes[150].payload, nodes[299].extra)
big = ["x" * k for k in range(1000)]
print(len(big), nodes[42].label, nodes[-1].idx)
