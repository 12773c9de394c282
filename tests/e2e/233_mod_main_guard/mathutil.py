print("mathutil loading as", __name__)
SELFTEST_RUNS = 0


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n % 2 == 1:
        return float(s[n // 2])
    return (s[n // 2 - 1] + s[n // 2]) / 2


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


if __name__ == "__main__":
    SELFTEST_RUNS += 1
    print("mathutil self-test", mean([1, 2, 3]), median([3, 1, 2]))
