# Exercises native classes holding Fraction/Decimal/date attributes: attribute augmented assignment, dunder comparisons, sorting and repr.
from fractions import Fraction
from decimal import Decimal
from datetime import date, timedelta

class Account:
    def __init__(self, owner, balance, opened):
        self.owner = owner
        self.balance = Decimal(balance)
        self.share = Fraction(0)
        self.opened = opened
        self.opened_s = str(opened)
    def deposit(self, amt):
        self.balance += Decimal(amt)
        return self
    def __lt__(self, other):
        return bool((self.balance, self.owner) < (other.balance, other.owner))
    def __eq__(self, other):
        return bool(self.balance == other.balance)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, {self.share}, {self.opened_s})"

accts = [Account("ann", "10.50", date(2020, 1, 1)), Account("bob", "3", date(2021, 6, 15)), Account("cy", "7.25", date(2019, 3, 3))]
for i, a in enumerate(accts):
    a.deposit(str(i * 2.5)).deposit("0.05")
    a.share += Fraction(i + 1, 6)
    a.opened += timedelta(days=30 * i)
    print(a)
total = Decimal(0)
for a in accts:
    total += a.balance
print("total:", total, type(total).__name__)
for a in accts:
    a.share *= 2
    print(a.owner, a.share, f"{a.share.numerator / a.share.denominator:.3f}", f"{a.balance:>8.2f}", a.balance / total > Decimal("0.3"))
ranked = sorted(accts)
print([a.owner for a in ranked], max(accts).owner)
print(Account("x", "1", date(1999, 9, 9)) == Account("y", "1.00", date(2000, 1, 1)))
oldest = min(accts, key=lambda a: a.opened)
print("oldest:", oldest.owner, oldest.opened, (date(2024, 1, 1) - oldest.opened).days)
print(sum([a.share for a in accts], Fraction(1, 3)))
