class Transaction:
    def __init__(self, account, kind, amount):
        self.account = account
        self.kind = kind
        self.amount = amount

    def __repr__(self):
        return self.kind + "(" + self.account + ", " + str(self.amount) + ")"


class InsufficientFunds(Exception):
    pass


def parse(lines):
    for line in lines:
        parts = line.split()
        yield Transaction(parts[0], parts[1], int(parts[2]))


def apply(transactions, balances):
    for t in transactions:
        bal = balances.get(t.account, 0)
        if t.kind == "deposit":
            bal += t.amount
        elif t.kind == "withdraw":
            if t.amount > bal:
                raise InsufficientFunds(t.account + " cannot withdraw " + str(t.amount))
            bal -= t.amount
        balances[t.account] = bal
        yield (t, bal)


def statements(lines):
    balances = {}
    for t, bal in apply(parse(lines), balances):
        yield str(t) + " -> " + str(bal)
    yield "final " + str(sorted(balances.items()))


day1 = [
    "alice deposit 100",
    "bob deposit 50",
    "alice withdraw 30",
    "bob deposit 25",
    "carol deposit 10",
]
for line in statements(day1):
    print(line)

day2 = ["dave deposit 20", "dave withdraw 5", "dave withdraw 50", "dave deposit 1"]
printed = 0
try:
    for line in statements(day2):
        print(line)
        printed += 1
except InsufficientFunds as e:
    print("rejected:", e)
print("lines printed:", printed)

big = [t for t in parse(day1) if t.amount >= 50]
print(big)
print("total deposited:", sum(t.amount for t in parse(day1) if t.kind == "deposit"))
