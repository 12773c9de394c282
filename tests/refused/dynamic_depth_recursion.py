# Recursion over nested lists and tuples of several types and depths: an
# isinstance test decides the branch per instance (refused for now; a dead
# branch narrowed to nothing crashed, see the session-11 note).
def depth(item):
    if isinstance(item, (list, tuple)):
        if not item:
            return 1
        return 1 + max(depth(x) for x in item)
    return 0


for d in [1, "a", [2.5, None, ["b", 3]], (4, [True, "c"]), [], [[[5.0]]]]:
    print(repr(d), depth(d))
