from . import accounts
from . import ledger
print("bank.transfers init")


def transfer(src, dst, amount):
    who = src + "->" + dst
    if src not in accounts.BALANCES or dst not in accounts.BALANCES:
        ledger.record("transfer", who, amount, False)
        return "unknown account"
    cost = amount + accounts.FEE
    if accounts.BALANCES[src] < cost:
        ledger.record("transfer", who, amount, False)
        return f"insufficient funds in {src}: {accounts.BALANCES[src]} < {cost}"
    accounts.BALANCES[src] -= cost
    accounts.BALANCES[dst] += amount
    accounts.FEES += accounts.FEE
    ledger.record("transfer", who, amount, True)
    return f"moved {amount} from {src} to {dst}"
