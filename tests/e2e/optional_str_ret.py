def find_name(d, key):
    if key in d:
        return d[key]
    return None

people = {"a": "alice", "b": "bob", "e": ""}
for k in ["a", "b", "c", "e"]:
    n = find_name(people, k)
    if n is not None:
        print(k, n.upper(), len(n), n[:2], f"[{n:>8}]", f"{n!r}")
    else:
        print(k, "missing", n, repr(n), f"{n!r}", f"[{n}]")
    print(bool(n), n or "default")
x = find_name(people, "zzz")
print(x.upper())
