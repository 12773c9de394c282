# Tests counting characters/words via str methods (find, replace, upper, lower, isdigit) and len.
text = "The rain in Spain stays mainly in the plain. 42 apples, 7 pears!"
print(len(text))
def count_sub(s, sub):
    return (len(s) - len(s.replace(sub, ""))) // len(sub)

print("ain:", count_sub(text, "ain"), "in:", count_sub(text, "in"), "the:", count_sub(text.lower(), "the"))
vowels = "aeiou"
nv = 0
nd = 0
nu = 0
nsp = 0
for i in range(len(text)):
    ch = text[i]
    if ch.isdigit():
        nd += 1
    elif ch == " ":
        nsp += 1
    elif vowels.find(ch.lower()) >= 0:
        nv += 1
    if ch.upper() == ch and ch.lower() != ch:
        nu += 1
print("vowels", nv, "digits", nd, "upper", nu, "spaces", nsp)
words = 0
in_word = False
for i in range(len(text)):
    if text[i] != " ":
        if not in_word:
            words += 1
        in_word = True
    else:
        in_word = False
print("words", words)
alphabet = "abcdefghijklmnopqrstuvwxyz"
low = text.lower()
for i in range(len(alphabet)):
    ch = alphabet[i]
    c = count_sub(low, ch)
    if c > 0:
        print(ch, c, "#" * c)
longest = ""
cur = ""
for i in range(len(text)):
    ch = text[i]
    if ch.lower() != ch.upper():
        cur += ch
        if len(cur) > len(longest):
            longest = cur
    else:
        cur = ""
print("longest word", longest, len(longest))
uni = "日本語の文章、日本の日"
print(len(uni), count_sub(uni, "日"), count_sub(uni, "日本"), uni.find("文"), uni.replace("日", "月"))
