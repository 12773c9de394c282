"""Counting things; the module never uses its own classes."""


class Counter:
    def __init__(self, start=0):
        self.count = start
        self.history = []

    def add(self, amount):
        self.count = self.count + amount
        self.history.append(amount)
        return self.count

    def total(self):
        return sum(self.history)

    def __len__(self):
        return len(self.history)

    def __repr__(self):
        return f"Counter({self.count})"

    @staticmethod
    def describe(x):
        return "counter of " + str(x)


class Node:
    def __init__(self, value: int, next_node=None):
        self.value = value
        self.next = next_node

    def length(self) -> int:
        n = 0
        node = self
        while node is not None:
            n += 1
            node = node.next
        return n


def chain(n: int) -> Node:
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


if __name__ == "__main__":
    print(chain(3).length())
