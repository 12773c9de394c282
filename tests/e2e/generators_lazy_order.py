def source(items):
    for x in items:
        print("  source yields", x)
        yield x


def double(it):
    for x in it:
        print("  double", x)
        yield x * 2


def stop_after(it, limit):
    for x in it:
        if x > limit:
            print("  limit reached at", x)
            return
        yield x


print("building pipeline")
pipe = stop_after(double(source([1, 2, 3, 4, 5])), 6)
print("pipeline built, nothing ran yet")
for v in pipe:
    print("consumer got", v)
print("second pass is empty:", list(pipe))

nums = [5, 6, 7]
squares = (n * n for n in nums)
evens = (s for s in squares if s % 2 == 0)
labels = ("even square " + str(e) for e in evens)
print(next(labels))
print(list(labels))

gen = source(["a", "b", "c"])
print("first:", next(gen))
print("rest joined:", "".join(gen))
print("exhausted:", next(gen, "none"))

words = ["apple", "Banana", "cherry", "date", "Elder"]
caps = (w for w in words if w[0].isupper())
lower = (w.lower() for w in caps)
print(sorted(lower))
print(sorted(caps))
total = sum(len(w) for w in words)
print("total length", total)
nested = sum(sum(x for x in range(n)) for n in range(5))
print("nested:", nested)
