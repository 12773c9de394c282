# Exercises itertools iterators consumed in native comprehensions, loops, zip/enumerate and unpacking.
import itertools as it
import operator

print([a + b for a, b in it.combinations([1, 2, 3, 4], 2)])
print(["".join(p) for p in it.permutations("abc", 2)])
prod_sum = 0
for x, y in it.product(range(3), repeat=2):
    prod_sum += x * y
print(prod_sum)
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
for key, grp in it.groupby(sorted("mississippi")):
    print(key, len(list(grp)))
print(list(it.islice(it.count(10, 5), 4)), list(it.chain([1], (2, 3), "ab")))
pairs = list(zip(it.cycle("xy"), range(5)))
print(pairs)
for i, (a, b) in enumerate(it.zip_longest("abc", [1], fillvalue=0)):
    print(i, a, b)
evens = list(it.filterfalse(None, [0, 1, 0, 2, 3]))
print(evens, list(it.takewhile(operator.truth, [1, 3, 0, 2])), list(it.dropwhile(operator.truth, [1, 3, 0, 2])))
s = 0
for combo in it.combinations_with_replacement(range(3), 2):
    s += combo[0] * 10 + combo[1]
print("s:", s)
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = it.tee([1, 2, 3])
print(list(a), sum(b), list(it.pairwise([1, 4, 9, 16])))
print({k: list(v) for k, v in it.groupby([(1, 'a'), (1, 'b'), (2, 'c'), (1, 'd')], key=operator.itemgetter(0))})
