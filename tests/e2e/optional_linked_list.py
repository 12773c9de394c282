class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

def build(xs):
    head = None
    for x in reversed(xs):
        head = Node(x, head)
    return head

def find(head, target):
    cur = head
    idx = 0
    while cur is not None:
        if cur.val == target:
            return idx
        cur = cur.next
        idx += 1
    return None

h = build([4, 8, 15, 16, 23, 42])
for t in [15, 42, 7, 4]:
    i = find(h, t)
    print(t, i, "found" if i is not None else "missing")
    if i:
        print("  nonzero index", i * 10)

def last_val(head):
    res = None
    while head:
        res = head.val
        head = head.next
    return res
print(last_val(h), last_val(None))
