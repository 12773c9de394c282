def opt(n):
    return n if n else None
a, b = opt(7), opt(0)
print("a=%s b=%s" % (a, b))
print("a=%r b=%r" % (a, b))
print("a=%d" % a)
print("{} {}".format(a, b))
print("{:>4}|{!r:>6}|".format(a, b))
print(str(a) + "/" + str(b))
print(f"{a=} {b=}")
print(f"{b!s:>6}|{b!r:<6}|")
fa = 2.5 if a else None
print(f"{fa:.2f}", "%.1f" % fa)
print("%d" % b)
