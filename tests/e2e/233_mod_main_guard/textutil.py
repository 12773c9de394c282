import mathutil
print("textutil loading as", __name__, "mathutil runs", mathutil.SELFTEST_RUNS)
SELFTEST_RUNS = 0


def slug(s):
    out = ""
    for ch in s.strip().lower():
        if ch.isalnum():
            out += ch
        elif out and out[-1] != "-":
            out += "-"
    return out.strip("-")


def initials(s):
    return "".join(w[0].upper() for w in s.split() if len(w) > 2)


def stats(s):
    lens = [len(w) for w in s.split()]
    return (len(lens), mathutil.mean(lens), mathutil.median(lens))


if __name__ == "__main__":
    SELFTEST_RUNS += 1
    print("textutil self-test", slug("A B"))
