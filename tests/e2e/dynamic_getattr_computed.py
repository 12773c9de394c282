# getattr/hasattr with attribute names known only at run time, on instances
# of the program's classes: fields, class attributes, methods (bound methods
# boxed and called later), defaults, AttributeError, and None receivers.


class Plugin:
    kind = "base"
    version = 1

    def __init__(self, name):
        self.name = name
        self.calls = 0

    def run_upper(self, text):
        self.calls += 1
        return text.upper()

    def run_lower(self, text):
        self.calls += 1
        return text.lower()

    def run_count(self, text):
        self.calls += 1
        return len(text)

    def describe(self):
        return f"{self.kind} plugin {self.name}"


class Special(Plugin):
    kind = "special"

    def run_upper(self, text):
        return "<" + text.upper() + ">"


def dispatch(plugin, action, text):
    handler = getattr(plugin, "run_" + action, None)
    if handler is None:
        return "no handler for " + action
    return handler(text)


plugins = [Plugin("p"), Special("s")]
for plugin in plugins:
    for action in ["upper", "lower", "count", "missing"]:
        print(plugin.name, action, dispatch(plugin, action, "MiXed"))
    for field in ["name", "calls", "kind", "version"]:
        print(" ", field, getattr(plugin, field))
    print(" ", getattr(plugin, "describe")())

print(hasattr(plugins[0], "name"), hasattr(plugins[0], "nam" + "e"), hasattr(plugins[0], "nothing"))
print(hasattr(plugins[1], "run_" + "upper"), hasattr(plugins[1], "__class__"), hasattr(plugins[1], "__nope__"))
print(getattr(plugins[0], "calls" + "", -1), getattr(plugins[0], "absent", "default"))


def lookup(obj, attribute):
    try:
        return getattr(obj, attribute)
    except AttributeError as error:
        return "AttributeError: " + str(error)


print(lookup(plugins[0], "nam" + "e"))
print(lookup(plugins[0], "zeta"))
try:
    getattr(plugins[0], "".join(["na", "me"]))()
except TypeError as error:
    print("TypeError:", error)


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


chain = Node(1, Node(2, None))
node = chain
while node is not None:
    print(getattr(node, "val" + "ue"), hasattr(node.next, "value"))
    node = node.next
print(getattr(chain.next.next, "value", "end of chain"), hasattr(chain.next.next, "__bool__"), hasattr(chain.next.next, "value"))


class Counter:
    def __init__(self):
        self.hits = 0
        self.misses = 0


counter = Counter()
for outcome in ["hits", "misses", "hits", "hits"]:
    current = getattr(counter, outcome)
    print(outcome, current)
    if outcome == "hits":
        counter.hits = current + 1
    else:
        counter.misses = current + 1
print(counter.hits, counter.misses)
method = getattr(plugins[1], "run_" + "count")
print(method("four"), method("seven!!"))
