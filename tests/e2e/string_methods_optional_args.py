# Tests optional arguments of str methods: find/index with start, strip(chars), rjust/ljust/center with fillchar, replace with count.
t = "Hello, World!"
print("[" + "abc".rjust(6, "*") + "]", "[" + "abc".ljust(6, "-") + "]", "[" + "abc".center(8, "=") + "]")
print("[" + "abcd".center(7, ".") + "]", "[" + "日本".rjust(5, "・") + "]", "[" + "é".center(5, "*") + "]")
print("[" + "xxhixx".strip("x") + "]", "[" + "abcba".strip("ab") + "]", "[" + "..x..".strip(".") + "]", "[" + "aaa".strip("a") + "]")
print("banana".find("na", 3), "banana".find("na", 5), "banana".index("a", 2), "banana".find("a", -2))
print(t.find("o", 5), t.find("o", 9), t.find("l", 3), t.find("l", 4), t.find("l", 20))
print(t.find("o", 0, 5), t.find("o", 5, 8), t.index("o", 5, 9))
print(t.startswith("World", 7), t.endswith("Hello", 0, 5), t.startswith("ello", 1))
print("aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", 0), "aaaa".replace("a", "b", -1), t.replace("l", "L", 1))
words = "the quick brown fox jumps over the lazy dog"
n = 0
pos = words.find("o")
while pos != -1:
    n += 1
    print("o at", pos)
    pos = words.find("o", pos + 1)
print("count o", n)
print(words.find("the", 1), words.index("the", 1))
for i in range(1, 6):
    print(str(i).rjust(4, "0"), str(i * 11).ljust(4, "_"), ("*" * i).center(9, "."))
