# Tests queue simulation with lists (pop(0), append): a bank teller simulation, round-robin scheduling and Josephus.
arrivals = [(0, 5), (1, 3), (2, 8), (3, 2), (10, 4), (11, 1), (12, 6)]
queue = []
clock = 0
busy_until = 0
waits = []
i = 0
served = []
while i < len(arrivals) or queue:
    while i < len(arrivals) and arrivals[i][0] <= clock:
        queue.append((i, arrivals[i][0], arrivals[i][1]))
        i += 1
    if clock >= busy_until and queue:
        cid, arrived, duration = queue.pop(0)
        waits.append(clock - arrived)
        busy_until = clock + duration
        served.append(cid)
        print(f"t={clock:2d} serve customer {cid} (waited {clock - arrived}) queue={[q[0] for q in queue]}")
    clock += 1
print("served", served, "waits", waits, "avg", sum(waits) / len(waits), "end", busy_until)
tasks = [("A", 5), ("B", 2), ("C", 7), ("D", 1)]
quantum = 2
rr = list(tasks)
t = 0
finish = {}
while rr:
    name, left = rr.pop(0)
    run = min(quantum, left)
    t += run
    left -= run
    if left > 0:
        rr.append((name, left))
    else:
        finish[name] = t
    print(f"ran {name} for {run}, remaining {[x[0] + str(x[1]) for x in rr]}")
print(finish)
def josephus(n, k):
    circle = list(range(1, n + 1))
    idx = 0
    out = []
    while len(circle) > 1:
        idx = (idx + k - 1) % len(circle)
        out.append(circle.pop(idx))
    return out, circle[0]
print(josephus(7, 3))
print(josephus(10, 2))
buffer = []
CAP = 3
for item in range(1, 9):
    if len(buffer) == CAP:
        dropped = buffer.pop(0)
        print("drop", dropped, end=" ")
    buffer.append(item)
    print("buffer", buffer)
deque_like = [3, 4]
deque_like.insert(0, 2)
deque_like.insert(0, 1)
deque_like.append(5)
print(deque_like, deque_like.pop(0), deque_like.pop(), deque_like)
