# Tests interval algorithms on lists of tuples: merge overlapping, insert, intersect, total coverage and meeting rooms.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
cases = [
    [(1, 3), (2, 6), (8, 10), (15, 18)],
    [(1, 4), (4, 5)],
    [(5, 7), (1, 2), (3, 4), (2, 3)],
    [(1, 10), (2, 3), (4, 5)],
    [],
]
for iv in cases:
    m = merge(iv)
    print(iv, "->", m, "coverage", sum(e - s for s, e in m))
def insert(intervals, new):
    return merge(intervals + [new])
print(insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 9)))
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
meetings = [(9, 10), (9, 12), (11, 13), (12, 14), (13, 15), (10, 11)]
events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
print(events)
rooms = 0
peak = 0
for t, delta in events:
    rooms += delta
    peak = max(peak, rooms)
    print(t, delta, rooms)
print("rooms needed", peak)
free = []
busy = merge(meetings)
prev_end = 8
for s, e in busy + [(18, 18)]:
    if s > prev_end:
        free.append((prev_end, s))
    prev_end = max(prev_end, e)
print("busy", busy, "free", free)
points = [3, 9, 11, 14]
print({p: [mt for mt in meetings if mt[0] <= p < mt[1]] for p in points})
