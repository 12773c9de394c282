# Tests digit manipulation: digit sums, reversal, palindromic numbers and strings, digital roots, Armstrong numbers.
def digit_sum(n):
    if n < 0:
        n = -n
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

def reverse_num(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

def is_pal_num(n):
    return n == reverse_num(n)

def is_pal_str(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True

def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n

def num_digits(n):
    return len(str(n))

def is_armstrong(n):
    k = num_digits(n)
    s = 0
    m = n
    while m > 0:
        s += (m % 10) ** k
        m //= 10
    return s == n

print(digit_sum(0), digit_sum(12345), digit_sum(-987), digit_sum(2 ** 62), digit_sum(9999999999))
print(reverse_num(12345), reverse_num(1200), reverse_num(7), reverse_num(0))
pals = ""
for n in range(100, 200):
    if is_pal_num(n):
        pals += str(n) + " "
print(pals)
best = 0
for a in range(900, 1000):
    for b in range(a, 1000):
        p = a * b
        if p > best and is_pal_num(p):
            best = p
print("largest palindrome product of 3-digit numbers:", best)
for w in range(6):
    word = "racecar"
    if w == 1:
        word = "level"
    elif w == 2:
        word = "hello"
    elif w == 3:
        word = ""
    elif w == 4:
        word = "日本日"
    elif w == 5:
        word = "ab"
    print("[" + word + "]", is_pal_str(word))
print(digital_root(0), digital_root(9), digital_root(38), digital_root(123456789), digital_root(2 ** 61 - 1))
arm = ""
for n in range(1, 10000):
    if is_armstrong(n):
        arm += str(n) + " "
print("armstrong:", arm)
lychrel_steps = 0
n = 89
while not is_pal_num(n) and lychrel_steps < 30:
    n = n + reverse_num(n)
    lychrel_steps += 1
print("89 becomes palindrome", n, "after", lychrel_steps, "steps")
total = 0
for n in range(1, 1001):
    total += digit_sum(n)
print("digit sum total 1..1000:", total)
print(num_digits(0), num_digits(-5), num_digits(10 ** 17), str(2 ** 62)[0], str(2 ** 62)[-1])
