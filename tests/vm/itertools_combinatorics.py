# itertools: permutations, combinations, product, groupby, accumulate, chain, islice
import itertools as it
import operator

print(list(it.permutations("abc")))
print(["".join(p) for p in it.permutations("abcd", 2)][:8])
print(list(it.combinations(range(5), 3)))
print(list(it.combinations_with_replacement("xy", 3)))
print(len(list(it.product(range(3), repeat=4))), list(it.product("ab", [1, 2])))

data = [1, 2, 3, 4, 5, 6]
print(list(it.accumulate(data)))
print(list(it.accumulate(data, operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(it.accumulate(data, initial=100)))

records = [("fruit", "apple"), ("fruit", "banana"), ("veg", "carrot"), ("fruit", "cherry"), ("veg", "leek"), ("veg", "kale")]
for key, group in it.groupby(sorted(records), key=lambda r: r[0]):
    print(key, [name for _, name in group])
runs = [(k, len(list(g))) for k, g in it.groupby("aaabccddddde")]
print("run lengths:", runs)

print(list(it.chain([1, 2], (3, 4), "ab")))
print(list(it.chain.from_iterable([[1], [2, 3], [], [4, 5, 6]])))
print(list(it.islice(it.count(10, 5), 6)))
print(list(it.islice(it.cycle("RGB"), 7)))
print(list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise([1, 4, 9, 16])))
a, b = it.tee(range(4))
print(list(a), sum(b))

coins = [1, 5, 10, 25]
ways = sum(1 for combo in it.product(range(5), repeat=4) if sum(c * n for c, n in zip(coins, combo)) == 30)
print("ways to make 30c with <=4 of each:", ways)
target = 15
subsets = [c for r in range(1, 6) for c in it.combinations([1, 3, 5, 7, 9, 11], r) if sum(c) == target]
print("subsets summing to 15:", subsets)
words = ["stop", "pots", "tops", "spot", "opts", "post"]
print(sorted({"".join(p) for p in it.permutations("stop")} & set(words)))
