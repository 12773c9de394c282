print("text.stopwords init")
STOP = set(["a", "the", "is", "on", "so", "for", "with", "are", "and", "too", "must"])


def add_stop(w):
    STOP.add(w)
