# Tests zfill, center, ljust, rjust (with fill chars) for table layout, including negative numbers and wide widths.
for n in [5, -5, 42, -123, 0, 98765]:
    s = str(n)
    print(s.zfill(5), s.zfill(2), "[" + s.rjust(7) + "]", "[" + s.ljust(7, ".") + "]", "[" + s.center(9, "*") + "]")
print("+7".zfill(4), "abc".zfill(6), "".zfill(3))
print("[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "abc".center(2) + "]")
print("[" + "x".center(4, "-") + "]", "[" + "xy".center(7, "=") + "]")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 150, 1.75)]
header = "NAME".ljust(10) + "QTY".rjust(6) + "PRICE".rjust(8)
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(name.ljust(10) + str(qty).rjust(6) + f"{price:.2f}".rjust(8))
total = sum(q * p for _, q, p in rows)
print("TOTAL".ljust(16, ".") + f"{total:.2f}".rjust(8))
title = " Report "
print(title.center(30, "#"))
print("日本".center(8, "・"), "é".ljust(3, "_") + "|", "ü".rjust(3) + "|")
binary_rows = []
for v in range(0, 16, 3):
    bits = ""
    k = v
    while k > 0:
        bits = str(k % 2) + bits
        k //= 2
    binary_rows.append(bits.zfill(4))
print(binary_rows)
def table(data):
    width = max(len(w) for w in data)
    out = []
    for w in data:
        out.append("|" + w.center(width + 2) + "|")
    return out
for line in table(["a", "bbb", "cc", "dddddd"]):
    print(line)
times = [(9, 5), (12, 30), (0, 0), (23, 59)]
print([str(h).zfill(2) + ":" + str(m).zfill(2) for h, m in times])
