# Exercises heapq functions mutating native lists (heappush/heappop/heapify/heapreplace) and nlargest with native key functions.
import heapq

heap = []
for v in [15, 3, 9, 1, 12, 7, 20]:
    heapq.heappush(heap, v)
    print("push", v, "->", heap[0], len(heap))
print("heap list:", heap)
out = []
while heap:
    out.append(heapq.heappop(heap))
print("popped:", out, "heap now:", heap)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print("heapified:", data, data[0])
old = heapq.heapreplace(data, 5)
print("replaced", old, "->", data)
print("pushpop:", heapq.heappushpop(data, 0), data)
words = ["pear", "fig", "banana", "kiwi", "apple", "cherry"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words))
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(tasks, (prio, name))
print("tasks:", tasks)
order = [heapq.heappop(tasks)[1] for _ in range(len(tasks))]
print("order:", order)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
