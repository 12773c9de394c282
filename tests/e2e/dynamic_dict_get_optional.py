# dict.get without a default: the value or None, for scalars and instances.
class Node:
    def __init__(self, name):
        self.name = name


ages = {"ann": 31, "bob": 42}
print(ages.get("ann"), ages.get("zed"), ages.get("zed", "unknown"))
found = ages.get("carl")
if found is None:
    print("no carl")
nodes = {"a": Node("a")}
n = nodes.get("a")
m = nodes.get("b")
print(n.name if n is not None else "-", m is None)
value = ages.get("bob")
print(value + 1 if value is not None else 0)
