# Regressions found by adversarial testing of the first class slice.


class Account:
    opened = 0

    def __init__(self, balance):
        self.balance = balance

    def touch(self):
        # Reads the class attribute, then sets the instance's own.
        self.opened += 1


accounts = {"x": Account(10)}
found = accounts.get("x", None)
missing = accounts.get("y", None)
print(found is None, missing is None, found.balance)
a = Account(5)
a.touch()
a.touch()
print(a.opened, Account.opened)
c = Account(1)
c.opened += 10
print(c.opened, Account.opened)
