# Formatting boxed values: f-strings with and without specs, %-formatting,
# str.format, **kwargs of mixed values and conditional results.
def show(**options):
    for key in options:
        print(key, options[key])


def pick(flag):
    return 1 if flag else "one"


vals = [3, "ab", 2.5]
for v in vals:
    print(f"[{v}]", "%s|" % v, "{}".format(v), "%r" % (v,))
    w = v if isinstance(v, str) else None
    print(w)
print(pick(True), pick(False))
show(size=3, name="x", ratio=0.5)
for v in vals:
    print(f"{v:>6}")
