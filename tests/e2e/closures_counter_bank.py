# Closures holding state: counters, accumulators and a tiny bank built from
# nested functions that share variables through nonlocal.

def make_account(owner, balance):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds for {owner}: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        lines = [f"{owner}: {balance}"]
        for kind, amount in history:
            lines.append(f"  {kind:<8} {amount:>6}")
        return "\n".join(lines)

    return deposit, withdraw, report


dep, wd, rep = make_account("ada", 100)
dep(50)
wd(30)
try:
    wd(1000)
except ValueError as error:
    print("error:", error)
try:
    dep(-5)
except ValueError as error:
    print("error:", error)
print(rep())

dep2, wd2, rep2 = make_account("bob", 5)
dep2(1)
print(rep2())
print(rep())


def make_accumulator():
    total = 0.0
    count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count

    return add


mean = make_accumulator()
for value in [1.0, 2.0, 4.0, 8.0]:
    print(round(mean(value), 3))
