# Tests a bank ledger: transactions as tuples, balances in a dict, rejected transfers, monthly summaries and statements.
accounts = {"alice": 500, "bob": 120, "carol": 0}
transactions = [
    ("2024-01-03", "deposit", "carol", "", 300),
    ("2024-01-05", "transfer", "alice", "bob", 200),
    ("2024-01-09", "withdraw", "bob", "", 400),
    ("2024-01-15", "transfer", "bob", "carol", 100),
    ("2024-02-01", "withdraw", "alice", "", 50),
    ("2024-02-10", "transfer", "carol", "dave", 10),
    ("2024-02-11", "deposit", "bob", "", 75),
    ("2024-02-20", "transfer", "carol", "alice", 390),
]
history = {name: [] for name in accounts}
rejected = []
for date, kind, src, dst, amount in transactions:
    if kind == "deposit":
        accounts[src] += amount
        history[src].append((date, amount))
    elif kind == "withdraw":
        if accounts[src] < amount:
            rejected.append((date, kind, src, f"insufficient funds ({accounts[src]} < {amount})"))
            continue
        accounts[src] -= amount
        history[src].append((date, -amount))
    else:
        if dst not in accounts:
            rejected.append((date, kind, src, f"unknown account {dst!r}"))
            continue
        if accounts[src] < amount:
            rejected.append((date, kind, src, "insufficient funds"))
            continue
        accounts[src] -= amount
        accounts[dst] += amount
        history[src].append((date, -amount))
        history[dst].append((date, amount))
    print(f"{date} {kind:<8} {src:<6} {dst:<6} {amount:>5} -> {accounts}")
print(accounts, sum(accounts.values()))
for r in rejected:
    print("REJECTED", r)
monthly = {}
for name, entries in history.items():
    for date, delta in entries:
        month = date[:7]
        key = (name, month)
        monthly[key] = monthly.get(key, 0) + delta
print(monthly)
for name in sorted(history):
    print(f"Statement for {name}:")
    running = 0
    for date, delta in history[name]:
        running += delta
        sign = "+" if delta >= 0 else "-"
        print(f"  {date} {sign}{abs(delta):>4} balance {running:>5}")
richest = max(accounts.items(), key=lambda kv: kv[1])
print("richest", richest, "by month", sorted({m for _, m in monthly}))
