# Values that are one type or None (`int | None`, `str | None`, a list or
# None), as ordinary code makes them: a parser that returns None on bad
# input, `dict.get` without a default, a binary search tree whose lookups
# return the value or None, and a cache filled lazily. Taipan holds such
# values as a present flag beside the value, not as a box.


def parse_number(text):
    if not text or not text.isdigit():
        return None
    value = 0
    for ch in text:
        value = value * 10 + (ord(ch) - 48)
    return value


def tree_insert(keys, lefts, rights, values, key, value):
    # The tree lives in parallel lists; -1 is "no child".
    if not keys:
        keys.append(key)
        lefts.append(-1)
        rights.append(-1)
        values.append(value)
        return
    node = 0
    while True:
        if key == keys[node]:
            values[node] = value
            return
        children = lefts if key < keys[node] else rights
        child = children[node]
        if child == -1:
            children[node] = len(keys)
            keys.append(key)
            lefts.append(-1)
            rights.append(-1)
            values.append(value)
            return
        node = child


def tree_find(keys, lefts, rights, values, key):
    node = 0 if keys else -1
    while node != -1:
        if key == keys[node]:
            return values[node]
        node = lefts[node] if key < keys[node] else rights[node]
    return None


def label(n):
    if n % 3 == 0:
        return "fizz"
    if n % 5 == 0:
        return "buzz"
    return None


def main():
    tokens = []
    for i in range(200000):
        tokens.append(str(i * 7) if i % 4 else "x" + str(i))
    parsed_total = 0
    bad = 0
    for token in tokens:
        number = parse_number(token)
        if number is None:
            bad += 1
        else:
            parsed_total += number
    print("parsed", parsed_total, "bad", bad)

    keys, lefts, rights, values = [], [], [], []
    seed = 12345
    for i in range(20000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        tree_insert(keys, lefts, rights, values, seed % 100000, i)
    found = 0
    missing = 0
    for probe in range(300000):
        value = tree_find(keys, lefts, rights, values, (probe * 37) % 100000)
        if value is not None:
            found += value
        else:
            missing += 1
    print("tree", found, missing)

    counts = {}
    for i in range(300000):
        key = i % 1000
        seen = counts.get(key)
        counts[key] = 1 if seen is None else seen + 1
    print("counts", len(counts), counts[7])

    letters = 0
    for n in range(1000000):
        word = label(n)
        if word:
            letters += len(word)
    print("labels", letters)


main()
