# `def f(x=None): if x is None: x = default` with calls that pass nothing:
# the instance whose argument is None starts its local as None, and after
# the `if` the local is the default's type alone.
def double(x=None):
    if x is None:
        x = 5
    return x * 2


def bucket(items=None):
    if items is None:
        items = []
    items.append(len(items))
    return items


def paginate(items, page_size=None):
    if page_size is None:
        page_size = 2
    pages = []
    for i in range(0, len(items), page_size):
        pages.append(items[i:i + page_size])
    return pages


def greet(name=None, punctuation=None):
    if name is None:
        name = "world"
    if punctuation is None:
        punctuation = "!"
    return "hello " + name + punctuation


def show(b):
    print("before", b)
    b = 5
    print("after", b)


class Inventory:
    def __init__(self, items=None):
        if items is None:
            items = []
        self.items = items

    def add(self, item):
        self.items.append(item)
        return len(self.items)


print(double(), double(1), double(x=7))
print(bucket(), bucket([9]))
print(paginate([1, 2, 3, 4, 5]), paginate([1, 2, 3, 4, 5], 3))
print(greet(), greet("ann"), greet(punctuation="?"))
show(None)
inventory = Inventory()
print(inventory.add("apple"), inventory.add("pear"), inventory.items)
print(Inventory(["x"]).items)
