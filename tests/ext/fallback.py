"""Definitions Taipan does not compile run in the importing interpreter;
the rest is native, and the two call each other."""
import asyncio


class Account:
    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance


def total(accounts: list[Account]) -> int:
    return sum(account.balance for account in accounts)


def describe(*accounts, **options):
    """Takes *args and **kwargs: runs in CPython."""
    separator = options.get("separator", ", ")
    return separator.join(f"{a.owner}={a.balance}" for a in accounts)


async def fetch_balance(account):
    await asyncio.sleep(0)
    return account.balance


def is_account(value) -> bool:
    return isinstance(value, Account)


def richest(accounts: list[Account]) -> str:
    best = accounts[0]
    for account in accounts:
        if account.balance > best.balance:
            best = account
    return best.owner
