# Tests str methods: upper, lower, strip, startswith, endswith, find, index, replace, rjust, ljust, center, isdigit.
s = "  Hello, World!  "
print("[" + s.strip() + "]", "[" + s.upper() + "]", "[" + s.lower() + "]")
t = s.strip()
print(t.startswith("Hello"), t.startswith("hello"), t.endswith("!"), t.endswith("World"))
print(t.startswith(""), t.endswith(""), "".startswith(""), "".startswith("a"))
print(t.find("o"), t.find("World"), t.find("xyz"), t.find(""), t.find("!"), "".find(""))
print(t.index("W"), t.index("l"), t.index(","), t.index("Hello"))
print(t.replace("l", "L"), t.replace("World", "Python"), t.replace("", "-"))
print(t.replace("o", ""), t.replace("xyz", "abc"), "aaaa".replace("aa", "b"), "aaa".replace("a", "aa"))
print("[" + "abc".rjust(6) + "]", "[" + "abc".ljust(6) + "]", "[" + "abc".center(7) + "]")
print("[" + "abc".center(6) + "]", "[" + "ab".center(5) + "]", "[" + "abc".center(2) + "]", "[" + "abcd".center(7) + "]")
print("[" + "toolong".rjust(3) + "]", "[" + "日本".rjust(5) + "]", "[" + "é".center(5) + "]", "[" + "".center(3) + "]")
print("[" + "a".center(4) + "]", "[" + "ab".center(4) + "]", "[" + "abc".center(4) + "]", "[" + "x".center(1) + "]")
print("123".isdigit(), "12a".isdigit(), "".isdigit(), " 1".isdigit(), "０１２".isdigit(), "-1".isdigit())
print("MiXeD 123 ÀÉ".upper(), "MiXeD 123 ÀÉ".lower())
print("[" + "  hi  ".strip() + "]", "[" + "   ".strip() + "]", "[" + "a b".strip() + "]", "[" + "".strip() + "]")
print("héllo wörld".find("w"), "héllo wörld".find("ö"), "日本語".find("語"), "日本語".index("本"))
print("banana".find("na"), "banana".find("nan"), "banana".find("nab"), "banana".index("a"), "banana".index("anana"))
print("a,b,,c".replace(",", ";"), "tab".upper().lower().upper())
words = "the quick brown fox jumps over the lazy dog"
print(words.find("the"), words.find("lazy"), words.replace("the", "a"), words.replace(" ", ""))
print(words.upper().startswith("THE"), words.endswith("dog"), words.endswith("cat"))
n = 0
for pos in range(len(words)):
    if words[pos] == "o":
        n += 1
        print("o at", pos)
print("count o", n, len(words) - len(words.replace("o", "")))
for i in range(1, 6):
    print(str(i * i * i).rjust(5) + "|" + str(i).ljust(3) + "|" + ("*" * i).center(7) + "|")
print("0".isdigit(), "9876543210".isdigit(), "3.5".isdigit(), "٣".isdigit())
