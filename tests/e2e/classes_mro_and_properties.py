# Multiple inheritance with CPython's MRO, super() chains through a diamond,
# static methods, properties, class attributes shadowed by instance ones.


class Base:
    greeting = "base"

    def __init__(self):
        self.trail = ["Base"]

    def who(self):
        return "Base"

    def chain(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return "Left"

    def chain(self):
        return ["Left"] + super().chain()


class Right(Base):
    greeting = "right"

    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def chain(self):
        return ["Right"] + super().chain()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Diamond")

    def chain(self):
        return ["Diamond"] + super().chain()


d = Diamond()
print(d.trail)
print(d.chain())
print(d.who(), d.greeting)
r = Right()
print(r.who(), r.greeting, r.chain())


class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @staticmethod
    def describe(value):
        return "%.1f degrees" % value


t = Temperature(100.0)
print(t.fahrenheit, Temperature.describe(t.celsius), t.describe(37.5))
print(t.scale, Temperature.scale)
t.scale = "K"
print(t.scale, Temperature.scale)


class Account:
    interest = 0.02
    opened = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        Account.opened += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def __lt__(self, other):
        return self.balance < other.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


accounts = [Account("ann", 50.0), Account("bob"), Account(balance=20.0, owner="cy")]
accounts[1].deposit(5.0).deposit(70.0)
print(sorted(accounts, key=lambda account: account.balance))
print(accounts[0] < accounts[1], accounts[2] > accounts[0], Account.opened)
print(max(account.balance for account in accounts))
richest = accounts[0]
for account in accounts:
    if richest < account:
        richest = account
print(richest.owner, isinstance(richest, Account), isinstance(richest, (Base, Account)))
