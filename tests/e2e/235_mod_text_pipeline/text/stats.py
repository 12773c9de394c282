from .stopwords import STOP
from . import stopwords
print("text.stats init, stopwords:", len(STOP))


def top_words(words, n):
    counts = {}
    for w in words:
        if w not in stopwords.STOP:
            counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def stopword_count():
    return sorted(STOP)


def bigrams(words):
    pairs = {}
    for a, b in zip(words, words[1:]):
        pairs[(a, b)] = pairs.get((a, b), 0) + 1
    return sorted(pairs, key=lambda p: (-pairs[p], p))


def length_histogram(words):
    h = {}
    for w in words:
        h[len(w)] = h.get(len(w), 0) + 1
    return h
