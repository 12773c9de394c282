# Tests a realistic text-processing script with main() under if __name__ == "__main__": word stats and formatting.
TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity. Café déjà vu: 日本 2024!"
SEPARATOR = "-"

def is_letter(ch):
    return ch.lower() != ch.upper() or ord(ch) > 0x2E80

def normalize(text):
    out = ""
    for i in range(len(text)):
        ch = text[i]
        if is_letter(ch) or ch.isdigit():
            out += ch.lower()
        else:
            out += " "
    return out

def count_words(text):
    n = 0
    inside = False
    for i in range(len(text)):
        if text[i] != " ":
            if not inside:
                n += 1
            inside = True
        else:
            inside = False
    return n

def nth_word(text, k):
    n = -1
    inside = False
    cur = ""
    for i in range(len(text)):
        ch = text[i]
        if ch != " ":
            if not inside:
                n += 1
                cur = ""
            inside = True
            cur += ch
        else:
            if inside and n == k:
                return cur
            inside = False
    if inside and n == k:
        return cur
    return ""

def occurrences(text, word):
    count = 0
    total = count_words(text)
    for j in range(total):
        if nth_word(text, j) == word:
            count += 1
    return count

def rule(width=40):
    print(SEPARATOR * width)

def main():
    norm = normalize(TEXT)
    total = count_words(norm)
    print("characters:", len(TEXT), "letters+digits:", len(TEXT) - count_sub_spaces(norm))
    print("words:", total)
    rule()
    longest = ""
    shortest = TEXT
    for k in range(total):
        w = nth_word(norm, k)
        if len(w) > len(longest):
            longest = w
        if len(w) < len(shortest):
            shortest = w
    print("longest:", longest, len(longest))
    print("shortest:", shortest, len(shortest))
    rule()
    seen = " "
    for k in range(total):
        w = nth_word(norm, k)
        if seen.find(" " + w + " ") == -1:
            seen += w + " "
            c = occurrences(norm, w)
            if c > 1:
                print(w.ljust(12).replace(" ", "."), str(c).rjust(3), "*" * c)
    rule(20)
    print("title:", nth_word(norm, 0).upper() + " " + nth_word(norm, 1).upper() + " " + nth_word(norm, 2).upper() + "...")
    print("unique words:", count_words(seen))
    print("first/last:", nth_word(norm, 0), nth_word(norm, total - 1))

def count_sub_spaces(text):
    return len(text) - len(text.replace(" ", ""))

if __name__ == "__main__":
    main()
