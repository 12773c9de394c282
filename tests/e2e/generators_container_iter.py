class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class SortedBag(Bag):
    def __iter__(self):
        return iter(sorted(self.items))


class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __iter__(self):
        yield from self.cards

    def __len__(self):
        return len(self.cards)


b = Bag([3, 1, 2])
print(list(b), sum(b), sorted(b))
sb = SortedBag([3, 1, 2])
print(list(sb), [x * 2 for x in sb])
for x in b:
    print("b", x)
d = Deck()
print(list(d), len(d), "".join(d))
print(list(zip(d, b)))
it = iter(d)
print(next(it))
print(list(it))
bags = [Bag([1]), SortedBag([5, 4])]
for bag in bags:
    print(list(bag))
print(max(Bag([4, 9, 2])))
