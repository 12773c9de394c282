# Tests chr/ord on ASCII and non-ASCII code points and len/indexing of non-ASCII strings.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("~"))
print(chr(65), chr(97), chr(48), chr(32), chr(126))
print(ord("é"), ord("日"), ord("本"), ord("€"), ord("😀"), ord("ñ"))
print(chr(233), chr(26085), chr(26412), chr(8364), chr(128512), chr(241))
print(chr(0x41) + chr(0x3B1) + chr(0x4E2D) + chr(0x1F600))
s = "héllo"
print(s, len(s), s[0], s[1], s[-1], ord(s[1]))
j = "日本語テキスト"
print(j, len(j), j[0], j[-1], j[3])
e = "😀😁😂"
print(e, len(e), e[1], ord(e[2]))
mixed = "aé日😀"
for i in range(len(mixed)):
    c = mixed[i]
    print(i, c, ord(c), chr(ord(c)) == c)
total = 0
for i in range(len(j)):
    total += ord(j[i])
print("sum of code points", total)
alpha = ""
for code in range(ord("a"), ord("z") + 1):
    alpha += chr(code)
print(alpha, len(alpha))
greek = ""
for code in range(0x3B1, 0x3C9 + 1):
    if code != 0x3C2:
        greek += chr(code)
print(greek, len(greek))
print(chr(ord("a") - 32), chr(ord("Z") + 32), ord(chr(1114111)), ord(chr(0)))
print(len(""), len("a"), len("é"), len("日本"), len("héllo wörld"), len("🎉" * 5))
print("é".upper(), "ÉCOLE".lower(), "straße".upper(), "日本".upper())
print("日本" < "本日", "é" > "z", "a" < "é", "Z" < "a")
