# Exercises bisect functions on native lists, including insort write-back and key= with native lambdas.
import bisect

breakpoints = [60, 70, 80, 90]
def grade(score):
    return "FDCBA"[int(bisect.bisect(breakpoints, score))]
scores = [33, 99, 77, 70, 89, 90, 100, 60]
print([grade(s) for s in scores])
sorted_list = []
for s in scores:
    bisect.insort(sorted_list, s)
    print("insert", s, "->", sorted_list)
print("left/right 70:", bisect.bisect_left(sorted_list, 70), bisect.bisect_right(sorted_list, 70))
bisect.insort_left(sorted_list, 70)
print(sorted_list, len(sorted_list))
recs = [("a", 5), ("b", 10), ("c", 15)]
i = bisect.bisect_left(recs, ("b", 0))
print("idx by tuple:", i, recs[int(i)])
bisect.insort(recs, ("bb", 12))
print(recs)
def index_of(a, x):
    i = int(bisect.bisect_left(a, x))
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
for probe in [77, 78]:
    try:
        print("found", probe, "at", index_of(sorted_list, probe))
    except ValueError as e:
        print("ValueError:", e)
