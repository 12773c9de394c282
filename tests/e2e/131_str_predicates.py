# Tests isdigit, isalpha, isalnum, isspace, isupper, islower on ASCII, Unicode and empty strings, used in a tokenizer.
tests = ["123", "abc", "abc123", "   ", "\t\n", "", "ABC", "abc!", "Ab", "٣٤", "日本", "ß", "x y", "12.5", "-3", "ÀÉ"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append("NUM:" + src[i:j])
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append("ID:" + src[i:j])
            i = j
        else:
            tokens.append("OP:" + ch)
            i += 1
    return tokens
print(tokenize("x1 = 42 + foo_bar*(y - 7)"))
print(tokenize("  total2=total+  100 "))
print(tokenize(""))
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isupper():
        return "upper"
    if ch.islower():
        return "lower"
    if ch.isspace():
        return "space"
    return "other"
counts = {}
for ch in "Hello World 2024! Ünïcode":
    kind = classify(ch)
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
def is_identifier_like(word):
    return len(word) > 0 and (word[0].isalpha() or word[0] == "_") and all(c.isalnum() or c == "_" for c in word)
for word in ["abc", "_x1", "1abc", "a-b", "", "ünï"]:
    print(repr(word), is_identifier_like(word))
print(all(c.isdigit() for c in "0123456789"), any(c.isspace() for c in "no_spaces"))
