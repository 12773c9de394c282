# Words of split loops that only ever get read (compared, looked up,
# counted) live in a reused stack buffer; every way a word can be kept must
# still see its own text, never a later word's.

TEXT = """The quick brown Fox jumps over the lazy dog
and THE dog sleeps while the fox runs Away
é café Ünïcode words mixed with ASCII ones
a_word_that_is_much_longer_than_forty_eight_bytes_to_spill_over_the_buffer x
"""


def count_lowered(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def count_upper_in_place(text):
    counts = {}
    for word in text.split():
        word = word.upper()
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def stale_alias(lines):
    # `key` must keep the last word of the first loop while the second loop
    # rewrites `word`.
    totals = {}
    for line in lines:
        key = ""
        for word in line.split():
            key = word.lower()
        for word in line.split():
            totals[key] = totals.get(key, 0) + len(word)
            if key == word:
                totals["same"] = totals.get("same", 0) + 1
    return totals


def kept_in_list(text):
    kept = []
    for word in text.split():
        if len(word) > 3:
            kept.append(word)
    return kept


def kept_in_set_and_tuple(text):
    seen = set()
    pairs = []
    previous = ""
    for word in text.split():
        seen.add(word)
        if previous:
            pairs.append((previous, word))
        previous = word
    return sorted(seen), pairs[:3]


def read_only_uses(text):
    first = ""
    stats = {"shortest": 99, "starts_t": 0, "digits": 0, "found": 0}
    vocabulary = {"fox": 1, "dog": 2}
    for word in text.split():
        if not first:
            first = word
        if len(word) < stats["shortest"]:
            stats["shortest"] = len(word)
        if word.startswith("t") or word.endswith("s"):
            stats["starts_t"] += 1
        if word.isdigit():
            stats["digits"] += 1
        if word in vocabulary:
            stats["found"] += vocabulary[word]
        if word == "lazy":
            print("lazy at", word.find("z"), word.count("a"), hash(word) == hash("lazy"))
        if word:
            pass
    return first, stats


def separators(text):
    fields = {}
    for field in text.split(",", 2):
        fields[field.strip()] = len(field)
    for field in text.split(","):
        name = field.lower()
        fields[name] = fields.get(name, 0) + 100
    return fields


def in_comprehensions(text):
    lengths = [len(word) for word in text.split() if word.isalpha()]
    lowered = {word.lower(): 1 for word in text.split()}
    joined = "-".join(word for word in text.split() if len(word) == 3)
    return lengths[:6], sorted(lowered)[:5], joined


def formatted(text):
    out = []
    for word in text.split():
        out.append(f"<{word}>")
    return " ".join(out[:4])


def captured(text):
    words = text.split()
    hits = 0
    for word in "fox dog cat".split():
        hits += len(list(filter(lambda other: other.lower() == word, words)))
    return hits


print(sorted(count_lowered(TEXT).items()))
print(sorted(count_upper_in_place(TEXT).items()))
print(stale_alias(["alpha Beta", "gamma delta EPSILON", "one"]))
print(kept_in_list(TEXT))
print(kept_in_set_and_tuple("b a c a b"))
print(read_only_uses(TEXT))
print(separators("Name, AGE, name,age,extra"))
print(in_comprehensions(TEXT))
print(formatted(TEXT))
print(captured(TEXT))


def missing(text, table):
    for word in text.split():
        table[word] += 1
    return table


print(missing("fox fox", {"fox": 0}))
print(missing("fox Wolf", {"fox": 0}))
