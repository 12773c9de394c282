class StepRange:
    def __init__(self, start, stop, step):
        if step == 0:
            raise ValueError("step must not be zero")
        self.start = start
        self.stop = stop
        self.step = step

    def __iter__(self):
        value = self.start
        if self.step > 0:
            while value < self.stop:
                yield value
                value += self.step
        else:
            while value > self.stop:
                yield value
                value += self.step

    def __len__(self):
        count = 0
        for _ in self:
            count += 1
        return count

    def __repr__(self):
        return "StepRange(" + str(self.start) + ", " + str(self.stop) + ", " + str(self.step) + ")"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for r in [StepRange(0, 10, 3), StepRange(10, 0, -4), StepRange(5, 5, 1)]:
    print(r, list(r), "len", len(r))

r = StepRange(1, 20, 2)
print("sum odd:", sum(r))
print("squares:", [x * x for x in r if x % 3 == 0])
print("as dict:", dict((x, str(x)) for x in StepRange(0, 6, 2)))
print("joined:", ", ".join(str(x) for x in StepRange(100, 70, -10)))

c = Countdown(5)
print("countdown:", list(c))
print("again:", list(c))
print("count via for:", [n for n in Countdown(3)])
print("zip:", list(zip(Countdown(3), StepRange(0, 100, 25))))

try:
    StepRange(1, 2, 0)
except ValueError as e:
    print("error:", e)
