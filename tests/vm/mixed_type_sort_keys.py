# Sorting heterogeneous lists with key functions and type-aware ordering
from functools import cmp_to_key

items = [3, "banana", 2.5, None, "Apple", (1, 2), -7, "cherry", True, 0.0, [4], "10", None, 42]

TYPE_RANK = {type(None): 0, bool: 1, int: 2, float: 2, str: 3, tuple: 4, list: 5}


def mixed_key(v):
    rank = TYPE_RANK[type(v)]
    if rank == 0:
        return (rank, 0)
    if rank == 3:
        return (rank, v.lower())
    if rank in (4, 5):
        return (rank, tuple(v))
    return (rank, v)


print(sorted(items, key=mixed_key))
print(sorted(items, key=mixed_key, reverse=True))
print(sorted(items, key=lambda v: (type(v).__name__, repr(v))))

try:
    sorted(items)
except TypeError as e:
    print("plain sort fails:", e)

versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "2.0.0-rc1", "2.0.0"]


def version_key(s):
    main, _, pre = s.partition("-")
    parts = tuple(int(p) for p in main.split("."))
    return parts, pre == "", pre


print(sorted(versions, key=version_key))
print(sorted(versions))


def natural_key(s):
    out, num = [], ""
    for ch in s + "\0":
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append((0, int(num)))
                num = ""
            if ch != "\0":
                out.append((1, ch))
    return out


files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file10a.txt", "file01.txt"]
print(sorted(files, key=natural_key))
print(sorted(files, key=str.casefold))

people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cid", 31, 5.9), ("dee", 25, 5.2)]
print(sorted(people, key=lambda p: (-p[1], p[2])))


def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "b", "abc"], key=cmp_to_key(compare)))
print(min(items[:3] + [-1], key=lambda v: abs(v) if not isinstance(v, str) else len(v)))
print(max(["x", "yyy", "zz"], key=len), sorted([3, 1, 2], key=lambda n: -n))
