print("bank.ledger init")
ENTRIES = []


def record(kind, who, amount, ok):
    ENTRIES.append(f"{kind:<8} {who:<8} {amount:>5} {'ok' if ok else 'FAILED'}")


def failures():
    return [e for e in ENTRIES if e.endswith("FAILED")]


def summary():
    kinds = {}
    for e in ENTRIES:
        k = e.split()[0]
        kinds[k] = kinds.get(k, 0) + 1
    return sorted(kinds.items())
