# Tests a realistic script with helpers and a main() guarded by if __name__ == "__main__": a number-theory report.
REPORT_WIDTH = 44
verbose = False

def banner(title):
    print("=" * REPORT_WIDTH)
    print(title.upper().center(REPORT_WIDTH))
    print("=" * REPORT_WIDTH)

def divisor_sum(n):
    if n == 1:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total

def classify(n):
    s = divisor_sum(n)
    if s == n:
        return "perfect"
    if s > n:
        return "abundant"
    return "deficient"

def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    if neg:
        out = "-" + out
    return out

def row(label, value, note=""):
    text = label.ljust(14) + value.rjust(16)
    if note != "":
        text += "  " + note
    print(text)

def summarize(lo, hi):
    perfect = 0
    abundant = 0
    deficient = 0
    for n in range(lo, hi + 1):
        c = classify(n)
        if c == "perfect":
            perfect += 1
            print("  perfect number found:", n)
        elif c == "abundant":
            abundant += 1
        else:
            deficient += 1
    row("perfect", str(perfect))
    row("abundant", str(abundant))
    row("deficient", str(deficient))
    ratio = abundant / (hi - lo + 1)
    row("abundant %", str(round(ratio * 100, 2)), "of " + str(hi - lo + 1))
    return perfect

def configure(flag=False):
    global verbose
    verbose = flag

def main():
    configure(flag=True)
    banner("number report")
    found = summarize(1, 10000)
    banner("bases")
    for n in range(-3, 40, 7):
        row(str(n), to_base(n, 2), to_base(n, 16) + " / " + to_base(n, 36))
    row("2**62", to_base(2 ** 62, 16))
    row("big", to_base(9223372036854775807, 36))
    banner("amicable pairs")
    for a in range(2, 3000):
        b = divisor_sum(a)
        if b > a and divisor_sum(b) == a:
            row("pair", str(a) + " & " + str(b))
    if verbose:
        print("verbose mode; perfect numbers:", found)
    print("done.")

if __name__ == "__main__":
    main()
