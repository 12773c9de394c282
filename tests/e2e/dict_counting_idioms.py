# The counting idioms `d[k] = d.get(k, default) op v` and `d[k] op= v`,
# which Taipan compiles with one lookup; their semantics must be CPython's.

def count(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def weigh(pairs):
    totals = {}
    for name, weight in pairs:
        totals[name] = totals.get(name, 0.5) * weight
    return totals


def joined(pairs):
    text = {}
    for key, part in pairs:
        text[key] = text.get(key, "") + part
    return text


def bump(counts, keys):
    for key in keys:
        counts[key] += 10
    return counts


def main():
    words = "the cat and the dog and the bird".split()
    print(count(words))
    print(weigh([("a", 2.0), ("b", 3.0), ("a", 4.0)]))
    print(joined([(1, "x"), (2, "y"), (1, "z")]))
    print(bump({"p": 1, "q": 2}, ["p", "p", "q"]))
    numbers = {}
    for n in [3, 1, 3, 3, 2]:
        numbers[n] = numbers.get(n, -1) - n
    print(numbers)
    flags = {}
    for k in range(5):
        flags[k % 2] = flags.get(k % 2, 0) + k
    print(flags)
    keyed = {(1, 2): 0}
    for pair in [(1, 2), (3, 4), (1, 2)]:
        keyed[pair] = keyed.get(pair, 100) + 1
    print(keyed)
    other = {"a": 1}
    alias = other
    for letter in "abca":
        other[letter] = alias.get(letter, 0) + 1
    print(other, alias)
    floats = {"a": 1.5}
    floats["a"] += 2
    floats["b"] = floats.get("b", 1.0) / 4
    print(floats)
    missing = {"a": 1}
    missing["b"] += 1


main()
