def lookup(data: dict[str, list[int]], key: str, idx: int) -> int:
    return data[key][idx] // (idx - 1)


data = {"a": [5, 10, 15], "b": [7]}
cases_k = ["a", "a", "b", "c", "a"]
cases_i = [0, 2, 3, 0, 1]
for i in range(len(cases_k)):
    try:
        print(f"ok: {lookup(data, cases_k[i], cases_i[i])}")
    except (KeyError, IndexError) as e:
        print(f"lookup failed: {repr(e)}")
    except (ZeroDivisionError, OverflowError) as e:
        print(f"math failed: {e}")


def convert(s: str) -> int:
    if s == "none":
        raise TypeError("cannot convert none")
    return int(s)


total = 0
for s in ["4", "x", "none", "10"]:
    try:
        total += convert(s)
    except (ValueError, TypeError) as e:
        print(f"skip {s}: {e}", isinstance(e, ValueError), isinstance(e, TypeError))
print(total)

errs = 0
for k in range(4):
    try:
        if k == 0:
            raise IndexError("i")
        if k == 1:
            raise KeyError("k")
        if k == 2:
            raise ValueError("v")
        print("no error for", k)
    except (LookupError, ValueError):
        errs += 1
print("errs", errs)
