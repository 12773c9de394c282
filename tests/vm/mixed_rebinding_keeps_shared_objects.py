# Locals holding CPython objects rebound in loops: objects another variable,
# a container, a callee, a closure or a loop still holds must survive.
import re
from fractions import Fraction

P = re.compile(r"(\w)(\d)")
kept_list = []
registry = {}


def remember(value):
    registry[len(registry)] = value
    return value


def newest(texts):
    m = None
    for text in texts:
        m = P.match(text)
    return m


def main():
    m = P.match("a1")
    keep = m
    m = P.match("b2")
    print(keep.group(1), m.group(1))
    for text in ["c3", "d4", "e5"]:
        m = P.match(text)
        kept_list.append(m)
    print([k.group(0) for k in kept_list])
    for text in ["f6", "g7"]:
        m = P.match(text)
        remember(m)
    print(registry[0].group(2), registry[1].group(2))
    last = newest(["h8", "i9"])
    print(last.group(0))
    f = Fraction(1, 2)
    get = lambda: f
    print(get())
    total = Fraction(0)
    for n in range(1, 6):
        step = Fraction(1, n)
        total += step
    print(total, step)
    word = P.match("j0")
    print(f"{word.group(0)}!")
    word = P.match("k1")
    print(word.group(0), bool(word), word is not None)
    chars = P.findall("a1b2c3")
    for pair in chars:
        chars = P.findall("z9")
        print(pair, chars)


main()
