# Exercises seeded random: shuffle/sample/choice on native lists, Random instances, and write-back after shuffle.
import random

random.seed(12345)
deck = [r + s for s in "SH" for r in "A23456"]
random.shuffle(deck)
print("shuffled:", deck)
print("first card:", deck[0], "len:", len(deck))
hand = random.sample(deck, 4)
print("hand:", hand, "deck unchanged:", len(deck))
rolls = [random.randint(1, 6) for _ in range(10)]
total = 0
for r in rolls:
    total += r
print("rolls:", rolls, "sum:", total, "max:", max(rolls))
counts = {}
for _ in range(200):
    c = random.choice("abc")
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
rng = random.Random(7)
nums = list(range(10))
for i in range(3):
    rng.shuffle(nums)
    print("round", i, nums)
print(round(rng.random(), 6), rng.randrange(0, 100, 5), rng.uniform(1, 2) < 2)
print(rng.choices(["x", "y", "z"], weights=[5, 1, 1], k=6))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
