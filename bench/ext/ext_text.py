"""String processing: a Caesar shift and a vowel count over a long text."""


def shift_and_count(text, shift):
    out = []
    vowels = 0
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
            if ch in "aeiou":
                vowels += 1
        else:
            out.append(ch)
    return len("".join(out)) + vowels


if __name__ == "__main__":
    print(shift_and_count("hello world", 3))
