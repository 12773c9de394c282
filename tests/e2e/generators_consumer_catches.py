class ParseError(Exception):
    def __init__(self, line_no, text):
        super().__init__("line " + str(line_no) + ": cannot parse " + repr(text))
        self.line_no = line_no


def parse_numbers(lines):
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        if not line.lstrip("-").isdigit():
            raise ParseError(i + 1, line)
        yield int(line)


def divide_all(numerator, divisors):
    for d in divisors:
        yield numerator // d


def lookup(keys, table):
    for k in keys:
        yield table[k]


good = ["10", " 20", "", "-5"]
print(list(parse_numbers(good)))

bad = ["1", "2", "three", "4"]
seen = []
try:
    for n in parse_numbers(bad):
        seen.append(n)
except ParseError as e:
    print("caught:", e, "at line", e.line_no)
print("seen before error:", seen)

results = []
try:
    for q in divide_all(100, [5, 4, 0, 2]):
        results.append(q)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("partial:", results)

table = {"a": 1, "b": 2}
try:
    print(sum(lookup(["a", "b", "zz"], table)))
except KeyError as e:
    print("missing key", e)

g = parse_numbers(["7", "x"])
print("first:", next(g))
try:
    next(g)
except ParseError as e:
    print("second failed:", e)
print("after failure:", next(g, 999))

def safe(gen_lines):
    try:
        return sum(parse_numbers(gen_lines))
    except ParseError:
        return -1
    finally:
        print("safe() done for", len(gen_lines), "lines")

print(safe(["1", "2", "3"]))
print(safe(["1", "oops"]))
