print("registry loading")
TABLE = {}
CALLS = {}
LOG = []
PREFIX = ""


def register(name, kind):
    TABLE[name] = kind
    LOG.append("reg:" + name)


def apply(kind, s):
    if kind == 1:
        return s.upper()
    if kind == 2:
        return s[::-1]
    if kind == 3:
        return s * 2
    return s[:3]


def lookup(name, s):
    if name not in TABLE:
        LOG.append("miss:" + name)
        return PREFIX + "?"
    CALLS[name] = CALLS.get(name, 0) + 1
    return PREFIX + apply(TABLE[name], s)


def names():
    return sorted(TABLE)


def count():
    return len(TABLE)
