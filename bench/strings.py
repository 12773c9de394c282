# String processing: building with +=, indexing, methods and comparisons.
def caesar(text, shift):
    out = ""
    for ch in text:
        code = ord(ch)
        if 97 <= code <= 122:
            out += chr((code - 97 + shift) % 26 + 97)
        else:
            out += ch
    return out


def count_vowels(text):
    count = 0
    for i in range(len(text)):
        if text[i] in "aeiou":
            count += 1
    return count


def main():
    base = "the quick brown fox jumps over the lazy dog "
    text = ""
    for i in range(20000):
        text += base
    encoded = caesar(text, 13)
    decoded = caesar(encoded, 13)
    print(len(text), decoded == text, count_vowels(text), encoded.find("gur"), encoded.count("dhvpx"))
    shouted = encoded.upper().replace("GUR", "THE")
    print(len(shouted), shouted.startswith("THE"), shouted.rstrip().endswith("QBT"))


if __name__ == "__main__":
    main()
