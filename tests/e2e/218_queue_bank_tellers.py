# Tests a discrete-event queue simulation: customers with arrival/service times, several tellers, wait statistics.
seed = 2024

def rnd(lo, hi):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return lo + (seed >> 8) % (hi - lo + 1)

customers = []
t = 0
for cid in range(1, 19):
    t += rnd(0, 4)
    customers.append((cid, t, rnd(2, 9)))
print("first arrivals", customers[:5])

def run(tellers):
    free_at = [0] * tellers
    served_by = {}
    waits = []
    timeline = []
    for cid, arrive, service in customers:
        k = min(range(tellers), key=lambda i: (free_at[i], i))
        begin = max(arrive, free_at[k])
        free_at[k] = begin + service
        waits.append(begin - arrive)
        served_by.setdefault(k, []).append(cid)
        timeline.append((cid, k, begin, free_at[k]))
    return waits, served_by, timeline, max(free_at)

for n in [1, 2, 3, 4]:
    waits, served, timeline, end = run(n)
    avg = sum(waits) / len(waits)
    print(f"{n} teller(s): end={end:3d} avg wait={avg:6.2f} max wait={max(waits):3d} zero-wait={waits.count(0)}")
    for k in sorted(served):
        print(f"    teller {k}: {served[k]}")

waits, served, timeline, end = run(2)
for cid, k, begin, finish in timeline[:6]:
    print(f"  c{cid:02d} @T{k} {begin:3d}-{finish:3d} " + " " * (begin // 2) + "=" * ((finish - begin + 1) // 2))
queue_len = []
for minute in range(0, end + 1, 5):
    waiting = sum(1 for cid, arrive, s in customers if arrive <= minute and timeline[cid - 1][2] > minute)
    queue_len.append(waiting)
print("queue length every 5 min:", queue_len)
print("busiest minute index", queue_len.index(max(queue_len)) * 5)
