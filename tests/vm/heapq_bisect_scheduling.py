# heapq priority queues and bisect for scheduling, top-k and grade lookup
import heapq
import bisect

tasks = [(3, "write report"), (1, "fix outage"), (4, "lunch"), (2, "review PR"), (1, "call customer"), (5, "clean desk")]
heap = []
for order, (prio, name) in enumerate(tasks):
    heapq.heappush(heap, (prio, order, name))
print("next:", heap[0][2])
while heap:
    prio, _, name = heapq.heappop(heap)
    print(f"  p{prio} {name}")

nums = [15, 3, 99, 42, 7, 56, 23, 88, 1, 64]
print(heapq.nlargest(3, nums), heapq.nsmallest(4, nums))
h = list(nums)
heapq.heapify(h)
print("heap root:", h[0], "pushpop:", heapq.heappushpop(h, 0), "replace:", heapq.heapreplace(h, 100), h[0])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=lambda w: (len(w), w)))


def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nbr, w in graph[node]:
            nd = d + w
            if nd < dist.get(nbr, float("inf")):
                dist[nbr] = nd
                heapq.heappush(pq, (nd, nbr))
    return dist


graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": [("E", 3)], "E": []}
print("shortest:", sorted(dijkstra(graph, "A").items()))

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([(s, grades[bisect.bisect(breakpoints, s)]) for s in scores])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
times = [900, 930, 1015, 1100, 1330, 1600]
for t in [800, 930, 1200, 1700]:
    i = bisect.bisect_left(times, t)
    print(f"  {t}: next slot {times[i] if i < len(times) else 'none'}")
people = sorted([("dan", 40), ("amy", 25), ("cal", 31)], key=lambda p: p[1])
print(bisect.bisect(people, 30, key=lambda p: p[1]), people)
