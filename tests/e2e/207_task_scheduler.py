# Tests scheduling: topological order of tasks with durations, earliest start times, critical path and worker simulation.
tasks = {
    "design": (3, []),
    "backend": (5, ["design"]),
    "frontend": (4, ["design"]),
    "db": (2, ["design"]),
    "api": (3, ["backend", "db"]),
    "tests": (2, ["api", "frontend"]),
    "docs": (1, ["api"]),
    "release": (1, ["tests", "docs"]),
}
indeg = {t: len(tasks[t][1]) for t in tasks}
children = {t: [] for t in tasks}
for t in sorted(tasks):
    for dep in tasks[t][1]:
        children[dep].append(t)
ready = sorted(t for t in tasks if indeg[t] == 0)
order = []
while ready:
    t = ready.pop(0)
    order.append(t)
    for c in children[t]:
        indeg[c] -= 1
        if indeg[c] == 0:
            ready.append(c)
            ready.sort()
print("order:", " ".join(order))

start = {}
finish = {}
for t in order:
    dur, deps = tasks[t]
    start[t] = max([finish[d] for d in deps], default=0)
    finish[t] = start[t] + dur
for t in order:
    print(f"{t:<9} {start[t]:2d} -> {finish[t]:2d} {'.' * start[t]}{'=' * tasks[t][0]}")
end = max(finish.values())
print("project length", end)

critical = []
cur = max(order, key=lambda t: finish[t])
while True:
    critical.append(cur)
    deps = tasks[cur][1]
    if not deps:
        break
    cur = max(deps, key=lambda d: (finish[d], d))
critical.reverse()
print("critical path:", " -> ".join(critical))

def simulate(workers):
    time = 0
    running = []
    done = set()
    pending = list(order)
    log = []
    while pending or running:
        for t in list(pending):
            if len(running) < workers and all(d in done for d in tasks[t][1]):
                running.append((time + tasks[t][0], t))
                pending.remove(t)
                log.append((time, t))
        running.sort()
        time, t = running.pop(0)
        done.add(t)
    return time, log

for w in [1, 2, 3]:
    total, log = simulate(w)
    print(w, "workers:", total, log[:4])
