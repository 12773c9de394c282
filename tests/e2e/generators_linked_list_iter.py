class ListNode:
    def __init__(self, value, next_node):
        self.value = value
        self.next_node = next_node


class LinkedListIterator:
    def __init__(self, head):
        self.current = head

    def __iter__(self):
        return self

    def __next__(self):
        node = self.current
        if node is None:
            raise StopIteration
        self.current = node.next_node
        return node.value


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, value):
        self.head = ListNode(value, self.head)
        self.size += 1

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList[" + " -> ".join(str(v) for v in self) + "]"


ll = LinkedList()
for v in [5, 3, 8, 1, 9, 2]:
    ll.push_front(v)
print(ll)
print("len:", len(ll))
print("sum:", sum(ll), "max:", max(ll), "min:", min(ll))
print("sorted:", sorted(ll))
print("doubled:", [v * 2 for v in ll])
print("any > 8:", any(v > 8 for v in ll), "all > 0:", all(v > 0 for v in ll))
print("pairs:", list(zip(ll, ll)))
for i, v in enumerate(ll):
    if v % 2 == 0:
        print("even at", i, ":", v)

it = iter(ll)
print("first:", next(it), "second:", next(it))
rest = list(it)
print("rest:", rest)
print("after exhaustion:", next(it, -1))
print("set:", sorted(set(ll)))
print("tuple:", tuple(ll))
