def parse_pair(s: str) -> tuple[int, int]:
    parts = s.split(",")
    if len(parts) != 2:
        raise ValueError(f"need 2 fields, got {len(parts)}")
    return (int(parts[0]), int(parts[1]))


good: list[int] = []
for text in ["3,4", "1,2,3", "5,x", "10,20"]:
    try:
        p = parse_pair(text)
    except ValueError as e:
        print(f"error in '{text}': {e}")
    else:
        print(f"parsed {p}")
        good.append(p[0] * p[1])
    finally:
        print(f"done with '{text}'")
print(good)


def first_even(values: list[int]) -> int:
    for v in values:
        try:
            r = 100 // v
        except ZeroDivisionError:
            print("skip zero")
            continue
        else:
            if r % 2 == 0:
                return v
        finally:
            print(f"checked {v}")
    return -1


print(first_even([0, 3, 7, 5, 1]))
print(first_even([0, 0]))

try:
    x = 5
except ValueError:
    print("not printed")
else:
    try:
        y = x // 0
    except ZeroDivisionError:
        print("error inside else caught by inner try")
