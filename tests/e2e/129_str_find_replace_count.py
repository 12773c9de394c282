# Tests str.find/rfind/index/count (with start/end), replace (with count), and substring membership.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.rfind("the"), s.find("dog"), s.rfind("dog"))
print(s.find("the", 1), s.find("the", 5, 20), s.rfind("the", 0, 20))
print(s.index("cat"), s.index("at", 6), s.count("the"), s.count("at"), s.count("at", 10))
print(s.count(""), "aaaa".count("aa"), "".count("a"))
print(s.replace("the", "a"), s.replace("at", "og", 2))
print(s.replace(" ", ""), s.replace("", "|")[:12], "aaa".replace("a", "bb"))
print("cat" in s, "dog" in s, "" in s, "Cat" not in s)
positions = []
start = 0
while True:
    pos = s.find("at", start)
    if pos == -1:
        break
    positions.append(pos)
    start = pos + 1
print(positions)
def count_overlapping(text, sub):
    n = 0
    i = text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n
print(count_overlapping("aaaa", "aa"), count_overlapping("abababa", "aba"), count_overlapping("xyz", "q"))
u = "naïve café naïve"
print(u.find("café"), u.rfind("naïve"), u.count("ï"), u.replace("naïve", "naive"))
template = "Hello NAME, your order NUM ships DAY."
filled = template.replace("NAME", "Ada").replace("NUM", "#42").replace("DAY", "Monday")
print(filled)
censored = "darn it, darn it all"
print(censored.replace("darn", "*" * 4, 1), censored.replace("darn", "d**n"))
print("mississippi".rfind("ss"), "mississippi".find("ss", 3), "mississippi".index("i", 5))
print("abc".find(""), "abc".rfind(""), "abc".find("c", -1), "abc".find("a", -2))
