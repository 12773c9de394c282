# Native lists handed to heapq, bisect and random, which change them in place.
import heapq
import bisect
import random

heap = []
for value in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, value)
print(heap)
ordered = []
while heap:
    ordered.append(heapq.heappop(heap))
print(ordered)
scores = [10, 20, 30, 40]
bisect.insort(scores, 25)
print(scores, bisect.bisect_left(scores, 30))
random.seed(7)
deck = list(range(12))
random.shuffle(deck)
print(deck)
print(random.choice(deck), random.sample(deck, 3))
items = [3, 1, 2]
heapq.heapify(items)
print(items, heapq.nsmallest(2, [7, 3, 9, 1]), heapq.nlargest(2, [7, 3, 9, 1]))
words = ["pear", "fig", "apple"]
random.shuffle(words)
print(sorted(words), len(words))
