# Tests a bank package whose __init__ re-exports functions from submodules, with state kept in one module and logged in another.
import bank
from bank import ledger
from bank.accounts import balance

bank.open_account("ann", 100)
bank.open_account("ben", 50)
bank.open_account("cat", 0)
print("accounts", bank.accounts.BALANCES)
print(bank.transfer("ann", "ben", 30))
print(bank.transfer("ben", "cat", 100))
print(bank.transfer("ben", "cat", 80))
print(bank.transfer("cat", "zed", 5))
print(bank.deposit("cat", 25))
print("balances", [(n, balance(n)) for n in sorted(bank.accounts.BALANCES)])
print("total money", bank.accounts.total())
print("ledger entries", len(ledger.ENTRIES))
for i, entry in enumerate(ledger.ENTRIES):
    print(f"  {i:02d} {entry}")
print("failures", ledger.failures())
bank.accounts.FEE = 2
print(bank.transfer("ann", "cat", 10), balance("ann"), balance("cat"))
print("fees collected", bank.accounts.FEES, "total", bank.accounts.total() + bank.accounts.FEES)
print(ledger.summary())
