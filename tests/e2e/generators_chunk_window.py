def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def chunked_stream(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def sliding(it, width):
    window = []
    for x in it:
        window.append(x)
        if len(window) > width:
            window.pop(0)
        if len(window) == width:
            yield tuple(window)


def pairwise(items):
    it = iter(items)
    first = True
    prev = 0
    for cur in it:
        if not first:
            yield (prev, cur)
        first = False
        prev = cur


def word_pairs(words):
    for i in range(1, len(words)):
        yield (words[i - 1], words[i])


def moving_average(values, width):
    for w in sliding(values, width):
        yield sum(w) / width


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(list(chunks(data, 4)))
print(["".join(c) for c in chunks(list("abcdefghij"), 3)])
print(list(chunked_stream((x * x for x in range(7)), 3)))
print(list(sliding(data, 3)))
print([round(a, 2) for a in moving_average(data, 3)])
print(list(pairwise(data)))
print(list(pairwise([])))
print("increases:", sum(1 for a, b in pairwise(data) if b > a))
print("max window sum:", max(sum(w) for w in sliding(data, 4)))
words = "the quick brown fox jumps over the lazy dog".split()
for line in chunks(words, 4):
    print(" ".join(line))
bigrams = {}
for a, b in word_pairs(words):
    bigrams[a + " " + b] = len(a) + len(b)
print(sorted(bigrams.items())[:3])
