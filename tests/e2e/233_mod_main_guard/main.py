# Tests `if __name__ == "__main__":` in imported modules (their self-test must not run), __name__ values and import order.
print("main starting, __name__ =", __name__)
import mathutil
import textutil
from mathutil import mean, median

values = [7, 3, 9, 1, 4, 8, 2]
print("mean", mean(values), "median", median(values))
print("median even", median([4, 1, 3, 2]))
print("clamp", [mathutil.clamp(v, 2, 8) for v in values])
print("modules", mathutil.__name__, textutil.__name__)
print("selftest counters", mathutil.SELFTEST_RUNS, textutil.SELFTEST_RUNS)
print(textutil.slug("  Hello, World of Taipan!  "))
print(textutil.initials("ahead of time compiler"))
print(textutil.stats("the cat sat on the mat"))


def run():
    print("run() called from the main guard")
    total = 0
    for v in values:
        total += mathutil.clamp(v, 0, 5)
    print("clamped total", total)


if __name__ == "__main__":
    run()
else:
    print("imported, not run")
print("main done")
