# Tests building strings with +=, *, concatenation in loops and combining method results.
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
t = "ab" * 3
print(t, "x" * 0, "[" + "x" * -2 + "]", "-" * 20)
row = ""
for i in range(1, 6):
    row += "*" * i + " "
print(row)
tri = ""
for i in range(1, 6):
    tri = " " * (5 - i) + "#" * (2 * i - 1)
    print(tri)
csv = ""
for i in range(5):
    if i > 0:
        csv += ","
    csv += str(i * i)
print(csv)
rev = ""
word = "héllo 日本"
for i in range(len(word)):
    rev = word[i] + rev
print(rev)
bits = ""
n = 181
while n > 0:
    bits = str(n % 2) + bits
    n //= 2
print("181 in binary:", bits)
hexd = "0123456789abcdef"
h = ""
m = 48879
while m > 0:
    h = hexd[m % 16] + h
    m //= 16
print("48879 in hex:", h)
table = ""
for r in range(1, 4):
    line = ""
    for c in range(1, 6):
        line += str(r * c).rjust(4)
    table += line + "|"
print(table)
box_w = 12
print("+" + "-" * box_w + "+")
print("|" + "title".center(box_w) + "|")
print("|" + "left".ljust(box_w) + "|")
print("|" + "right".rjust(box_w) + "|")
print("+" + "-" * box_w + "+")
acc = "x"
for i in range(5):
    acc = acc + acc
print(len(acc))
big = ""
for i in range(1000):
    big += "ab"
print(len(big), big[0], big[1999], big.find("ba"), big.replace("ab", "c")[999])
sentence = "one two three"
caps = ""
prev_space = True
for i in range(len(sentence)):
    ch = sentence[i]
    if prev_space:
        caps += ch.upper()
    else:
        caps += ch
    prev_space = ch == " "
print(caps)
print("a" + "b" * 2 + "c" * 3, ("ab" + "c") * 2, "=" * 3 + ">" + "日" * 2)
