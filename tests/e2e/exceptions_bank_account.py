class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, balance: int, amount: int) -> None:
        super().__init__(f"cannot withdraw {amount}, balance is only {balance}")
        self.balance = balance
        self.amount = amount

    def shortfall(self) -> int:
        return self.amount - self.balance


class InvalidAmount(BankError):
    pass


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise InvalidAmount(f"deposit must be positive: {amount}")
        self.balance += amount

    def withdraw(self, amount: int) -> None:
        if amount <= 0:
            raise InvalidAmount(f"withdrawal must be positive: {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount


def transfer(src: Account, dst: Account, amount: int) -> bool:
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.shortfall()})")
        return False
    dst.deposit(amount)
    return True


alice = Account("alice", 100)
bob = Account("bob", 20)
print(transfer(alice, bob, 30))
print(transfer(bob, alice, 80))
print(transfer(alice, bob, 70))
print(f"alice={alice.balance} bob={bob.balance}")

amounts = [10, -5, 0, 500, 25]
for amt in amounts:
    try:
        bob.withdraw(amt)
        print(f"withdrew {amt}, bob now {bob.balance}")
    except InvalidAmount as e:
        print(f"invalid: {e}")
    except BankError as e:
        print(f"bank error: {e}")
        print(isinstance(e, InsufficientFunds), repr(e))
try:
    alice.deposit(-1)
except BankError as e:
    print(isinstance(e, InvalidAmount), str(e))
