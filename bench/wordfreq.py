# Word frequencies over a generated text: a dict of counts, str splitting and
# lowercasing, then the most common words.

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "runs",
         "away", "from", "a", "big", "red", "barn", "while", "cat", "sleeps", "under",
         "old", "oak", "tree", "near", "river", "bank", "where", "fish", "swim", "fast"]


def generate_text(count, seed):
    parts = []
    value = seed
    for i in range(count):
        value = (value * 1103515245 + 12345) % 2147483648
        word = WORDS[value % len(WORDS)]
        if value % 7 == 0:
            word = word.upper()
        elif value % 5 == 0:
            word = word.capitalize()
        parts.append(word)
        if value % 11 == 0:
            parts.append("\n")
    return " ".join(parts)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def main():
    text = generate_text(400000, 42)
    counts = {}
    for _ in range(3):
        counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:10]:
        print(f"{word:>8} {count}")
    print(len(counts), sum(counts.values()))


main()
