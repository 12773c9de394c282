# Tests set union, intersection, difference, symmetric difference (operators and augmented forms) on int sets.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a | set(), a & set(), set() - a)
c = a.copy()
c |= {10, 11}
print(c)
c &= {1, 2, 10, 99}
print(c)
c -= {2}
print(c)
c ^= {1, 50}
print(c)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, sorted(evens | threes))
print(sorted(evens - threes), sorted(evens ^ threes))
primes = {2, 3, 5, 7, 11, 13, 17, 19}
print(primes & evens, primes - evens)
people_a = {"ann", "bob", "cy"}
people_b = {"cy", "dee", "ann"}
print(sorted(people_a & people_b), sorted(people_a | people_b), sorted(people_a - people_b))
print(len(people_a ^ people_b), "cy" in (people_a & people_b))
tuples_a = {(0, 0), (0, 1), (1, 1)}
tuples_b = {(1, 1), (2, 2)}
print(tuples_a & tuples_b, sorted(tuples_a | tuples_b))
union_all = set()
for group in [[1, 2], [2, 3], [9]]:
    union_all |= set(group)
    print(union_all)
common = set(range(100))
for group in [[1, 2, 3, 50], [2, 3, 50, 60], [3, 50, 70]]:
    common &= set(group)
print(common)
x = {1, 2, 3}
y = {3, 4}
z = {4, 5}
print(x | y | z, x & y & z, (x | y) - z, x ^ y ^ z)
