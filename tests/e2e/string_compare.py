# Tests string comparison operators (lexicographic by code point), equality and sorting by hand.
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < "a", "" == "")
print("apple" == "apple", "apple" != "Apple", "Zebra" < "apple", "10" < "9", "10" < "10 ")
print("é" > "e", "日本" > "中国", "a" <= "a", "b" >= "a", "aa" > "a")
print("abc" == "ab" + "c", "ab" * 2 == "abab", "x".upper() == "X")
a = "pear"
b = "peach"
c = "plum"
print(a < b, b < c, a < c, b < a < c)
def smaller(x, y):
    if x <= y:
        return x
    return y

def larger(x, y):
    if x >= y:
        return x
    return y

print(smaller("cat", "car"), larger("cat", "car"), smaller("日", "月"), larger("a", "A"))
w1 = "delta"
w2 = "alpha"
w3 = "charlie"
w4 = "bravo"
lo = smaller(smaller(w1, w2), smaller(w3, w4))
hi = larger(larger(w1, w2), larger(w3, w4))
print("first", lo, "last", hi)
x1 = "banana"
x2 = "Banana"
x3 = "apple"
if x2 < x1:
    t = x1
    x1 = x2
    x2 = t
if x3 < x2:
    t = x2
    x2 = x3
    x3 = t
if x2 < x1:
    t = x1
    x1 = x2
    x2 = t
print(x1, x2, x3)
for i in range(5):
    s1 = "item" + str(i)
    s2 = "item" + str(9 - i * 2)
    print(s1, s2, s1 < s2, s1 == s2, s1 > s2)
print("abc".upper() < "abc", "ABC".lower() == "abc", " x".strip() == "x")
n = 0
for code in range(65, 123):
    if "M" <= chr(code) <= "c":
        n += 1
print("chars between M and c:", n)
print(str(100) < str(99), str(1.5) < str(1.25), str(True) < str(False), str(None) > "M")
