"""Text processing compiled into an extension module."""


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
    best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{word}={count}" for word, count in best[:5])


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def is_palindrome(text):
    letters = [ch.lower() for ch in text if ch.isalnum()]
    return letters == letters[::-1]


def echo_lines(word, count):
    for index in range(count):
        print(word, index)
    return count


if __name__ == "__main__":
    print(word_counts("the cat and the hat"), caesar("Hello", 3), is_palindrome("A man, a plan"), echo_lines("héllo", 2))
