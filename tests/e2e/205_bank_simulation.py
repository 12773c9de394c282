# Tests a deterministic bank simulation with an LCG, dicts of balances, transaction logs and monthly interest.
seed = 12345

def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

accounts = {"alice": 1000, "bob": 500, "carol": 250, "dave": 0}
names = sorted(accounts)
log = []
rejected = 0
for step in range(30):
    src = names[rand(len(names))]
    dst = names[rand(len(names))]
    amount = (rand(20) + 1) * 10
    if src == dst:
        continue
    if accounts[src] < amount:
        rejected += 1
        log.append((step, src, dst, amount, "REJECT"))
        continue
    accounts[src] -= amount
    accounts[dst] += amount
    log.append((step, src, dst, amount, "ok"))
print("transactions", len(log), "rejected", rejected)
for entry in log[:8]:
    print("  %2d %-6s -> %-6s %4d %s" % entry)
print("balances", accounts)
print("total", sum(accounts[n] for n in accounts))

sent = {}
received = {}
for step, src, dst, amount, status in log:
    if status == "ok":
        sent[src] = sent.get(src, 0) + amount
        received[dst] = received.get(dst, 0) + amount
for n in names:
    print(f"{n:<6} sent {sent.get(n, 0):5d} received {received.get(n, 0):5d} net {received.get(n, 0) - sent.get(n, 0):+5d}")

rate = 0.015
savings = {n: float(accounts[n]) for n in names}
for month in range(1, 7):
    for n in names:
        savings[n] = round(savings[n] * (1 + rate), 2)
    print(month, " ".join(f"{savings[n]:9.2f}" for n in names))
richest = max(names, key=lambda n: savings[n])
poorest = min(names, key=lambda n: (savings[n], n))
print("richest", richest, "poorest", poorest)
