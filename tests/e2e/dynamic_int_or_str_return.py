# Exercises functions returning int or str depending on input, and callers
# that branch on the result's type or use operations valid for both.

def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return n


results = [fizz(i) for i in range(1, 16)]
print(results)
number_sum = 0
word_count = 0
for r in results:
    if isinstance(r, str):
        word_count += 1
    else:
        number_sum += r
print("sum:", number_sum, "words:", word_count)


def grade(score):
    if score is None:
        return "absent"
    if score >= 90:
        return "A"
    return score


for s in [95, 72, None, 90, 88]:
    g = grade(s)
    if isinstance(g, int):
        print(s, "-> needs", 90 - g, "more")
    else:
        print(s, "->", g, len(g))

doubled = [fizz(i) * 2 for i in [3, 4, 5, 7]]   # str repeats, int doubles
print(doubled)
print([str(fizz(i)) for i in range(9, 13)])
print(fizz(10) == "Buzz", fizz(11) == 11, fizz(11) == "11")
