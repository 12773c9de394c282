# Tests an uncaught ValueError from str.index on a missing substring; expect "ValueError: substring not found", exit 1.
s = "abcabc"
print(s.index("a"), s.index("c"), s.index("bc"), s.find("z"))
for ch in range(ord("a"), ord("d")):
    print(chr(ch), s.index(chr(ch)))
print("looking for z")
print("abc".index("z"))
print("unreachable")
