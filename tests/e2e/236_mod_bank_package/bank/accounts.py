from . import ledger
print("bank.accounts init")
BALANCES = {}
FEE = 0
FEES = 0


def open_account(name, amount):
    BALANCES[name] = amount
    ledger.record("open", name, amount, True)


def deposit(name, amount):
    BALANCES[name] = BALANCES.get(name, 0) + amount
    ledger.record("deposit", name, amount, True)
    return BALANCES[name]


def balance(name):
    return BALANCES.get(name, -1)


def total():
    return sum(BALANCES[n] for n in BALANCES)
