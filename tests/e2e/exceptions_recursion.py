def runaway(n: int) -> int:
    return runaway(n + 1) + 1


def factorial(n: int) -> int:
    if n <= 1:
        return 1
    return n * factorial(n - 1)


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Node | None = None


def length(node: Node | None) -> int:
    if node is None:
        return 0
    return 1 + length(node.next)


print(factorial(10))
try:
    runaway(0)
    print("no error?")
except RecursionError:
    print("caught RecursionError from runaway recursion")

head = Node(1)
second = Node(2)
head.next = second
print(length(head))
second.next = head
try:
    print(length(head))
except RecursionError as e:
    print("cycle detected via RecursionError")
    print(isinstance(e, RuntimeError))

print("still works after recursion error:", factorial(12))
try:
    runaway(5)
except RuntimeError:
    print("caught again as RuntimeError")
