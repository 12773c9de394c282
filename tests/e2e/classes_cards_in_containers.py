class Bag:
    def __init__(self): self.items = [1, 2]
    def __contains__(self, x): return x in self.items
b = Bag()
print(1 in b, 3 in b, 3 not in b)
class Card:
    def __init__(self, r, s): self.r = r; self.s = s
    def __eq__(self, o): return self.r == o.r and self.s == o.s
    def __hash__(self): return hash((self.r, self.s))
    def __lt__(self, o): return self.r < o.r
    def __repr__(self): return f"{self.r}{self.s}"
hand = [Card(3, 'h'), Card(1, 's'), Card(3, 'h'), Card(2, 'd')]
print(len(set(hand)), sorted(hand), hand.count(Card(3, 'h')), hand.index(Card(2, 'd')))
d = {}
for c in hand:
    d[c] = d.get(c, 0) + 1
print(d)
print(min(hand), max(hand))
hand.sort(reverse=True)
print(hand)
print(sorted(hand, key=lambda c: c.s))
class Sub(Card):
    pass
print(Sub(1, 'x') == Card(1, 'x'), {Sub(1, 'x'): 1}[Card(1, 'x')] if False else 0)
