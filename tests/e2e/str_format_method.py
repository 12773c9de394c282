# str.format with literal templates: automatic and manual numbering, keywords,
# conversions, nested specs, escaped braces, and each argument evaluated once.
calls = 0


def counted(value):
    global calls
    calls += 1
    return value


def main():
    name = "Grace"
    year = 1906
    ratio = 2 / 3
    print("{} was born in {}".format(name, year))
    print("{0}, {1}, {0} again".format(counted("a"), counted(2)), calls)
    print("{first} {last!r:>10}|".format(first=name, last="Hopper"))
    print("{:.3f} {:.1%} {:>10.4e} {:+,d}".format(ratio, ratio, ratio * 1e10, -year * 1000))
    print("{0:{1}}|{0:>{1}}|{0:^{1}}|".format(name, 9))
    print("{{}} {{{}}} {}".format("inner", "}"))
    print("{:#b} {:o} {:X} {:c}".format(10, 64, 48879, 9731))
    print("{!s} {!r} {}".format(None, "q'uote", True))
    print("{:d} {:5} {:<5}|".format(True, False, True))
    print("no fields at all".format(), "{}".format(""))
    width = 7
    for value in range(1, 4):
        print("{:>{}}|{:<{w}}|".format(value * 11, width, value * 0.5, w=width))


main()
