import asyncio
import fallback
from fallback import Account

accounts = [Account("ann", 10), Account("bob", 25), Account("cy", 5)]
accounts[2].deposit(30)
print(fallback.total(accounts), fallback.richest(accounts))
print(fallback.describe(*accounts), "|", fallback.describe(accounts[0], separator="; "))
print(asyncio.run(fallback.fetch_balance(accounts[1])))
print(fallback.is_account(accounts[0]), fallback.is_account("ann"), fallback.is_account(None))
print(fallback.describe.__doc__)
print(fallback.describe.__name__, fallback.fetch_balance.__name__)
