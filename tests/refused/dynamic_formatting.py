# Exercises str(), repr(), f-strings and str.format on mixed values,
# including format specs applied to numbers only after a type check.

values = [42, "hi", 3.5, None, True, [1, "x"], (2,), {"a": None}, "", 0.1]

for v in values:
    print(str(v), repr(v))

for v in values:
    print(f"value={v} repr={v!r} type={type(v).__name__}")

for v in values:
    print("[{}] [{!r}]".format(v, v))

for v in values:
    if isinstance(v, bool):
        print(f"{'yes' if v else 'no':>5}")
    elif isinstance(v, int):
        print(f"{v:05d}|{v:>6}|{v:x}")
    elif isinstance(v, float):
        print(f"{v:.3f}|{v:8.2f}|{v:e}")
    elif isinstance(v, str):
        print(f"<{v:^8}>")
    else:
        print(f"{str(v):<12}|")

row = ["Ann", 31, 9.5, None]
print("{0} is {1} with {2} ({3})".format(*row))
print("%s|%r|%s" % (row[0], row[0], row[3]))
line = ""
for cell in row:
    line += str(cell) + ";"
print(line)
print(", ".join(str(c) for c in row))
print(", ".join([repr(c) for c in row]))
