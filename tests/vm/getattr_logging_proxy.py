# A logging proxy class using __getattr__ delegation (and __setattr__ forwarding)
class LoggingProxy:
    def __init__(self, target, name):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, attr):
        value = getattr(self._target, attr)
        if callable(value):
            def wrapper(*args, **kwargs):
                arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
                try:
                    result = value(*args, **kwargs)
                except Exception as e:
                    self._log.append(f"{self._name}.{attr}({arg_text}) raised {type(e).__name__}")
                    raise
                self._log.append(f"{self._name}.{attr}({arg_text}) -> {result!r}")
                return result
            return wrapper
        self._log.append(f"{self._name}.{attr} read -> {value!r}")
        return value

    def __setattr__(self, attr, value):
        self._log.append(f"{self._name}.{attr} = {value!r}")
        setattr(self._target, attr, value)

    def __len__(self):
        return len(self._target)


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount, fee=0):
        self.balance -= amount + fee
        return self.balance


acct = LoggingProxy(Account("kim", 100), "acct")
acct.deposit(50)
acct.withdraw(30, fee=2)
try:
    acct.deposit(-5)
except ValueError as e:
    print("caught:", e)
print("owner:", acct.owner)
acct.owner = "lee"
print("balance:", acct.balance)
try:
    acct.missing_method()
except AttributeError as e:
    print("AttributeError:", e)

items = LoggingProxy([3, 1, 2], "items")
items.append(10)
items.sort()
print("index of 10:", items.index(10), "len:", len(items))
items.extend([7, 7])
print("count 7:", items.count(7))
text = LoggingProxy("Hello World", "text")
text.lower()
text.split()
text.replace("o", "0", 1)

for line in acct._log + items._log + text._log:
    print(line)
print(type(acct).__name__, isinstance(acct, Account), acct._target.owner)
