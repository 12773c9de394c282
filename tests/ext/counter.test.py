from counter import Counter, Node, chain
c = Counter(5)
print(c.add(3), c.add(2.5), c.count, c.total(), len(c), c, Counter.describe(7))
h = c.history
print(h)
c.add(1)
print(h, c.history is h)
h.append(100)
print(c.total())
n = chain(4)
print(n.value, n.next.value, n.length(), n.next.next.next.next)
m = Node(10, n)
print(m.length(), m.next is n)
