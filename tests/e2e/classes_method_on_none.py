# A linked list walked one step too far: a method called on None.


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node

    def total(self):
        if self.next is None:
            return self.value
        return self.value + self.next.total()


chain = Node(1, Node(2, Node(3, None)))
print(chain.total())
print(chain.next.next.next.total())
