def parse_int(s):
    s = s.strip()
    if not s:
        return None
    neg = s[0] == "-"
    if neg:
        s = s[1:]
    if not s.isdigit():
        return None
    v = int(s)
    return -v if neg else v

vals = ["12", " -7 ", "abc", "", "0", "-", "42"]
results = [parse_int(v) for v in vals]
print(results)
total = 0
for r in results:
    if r is not None:
        total += r
print("total", total)
good = [r for r in results if r is not None]
print(max(good), min(good), sum(good))
for r in results:
    print(repr(r), str(r), r == None, r != None, r is None)
zero = parse_int("0")
if zero:
    print("truthy zero?!")
else:
    print("zero is falsy")
print(zero or 99, parse_int("x") or 99, parse_int("5") or 99)
print(zero and 1, parse_int("x") and 1, parse_int("5") and 1)
