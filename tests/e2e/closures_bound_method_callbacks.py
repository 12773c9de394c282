class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
    def on_click(self, handler):
        self.handlers.append(handler)
    def click(self):
        for handler in self.handlers:
            handler(self.label)

class Counter:
    def __init__(self):
        self.clicks = 0
    def record(self, label):
        self.clicks += 1
        print("clicked", label, self.clicks)

class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
    def record(self, label):
        print(self.prefix, label)

counter = Counter()
ok = Button("OK")
ok.on_click(counter.record)
ok.on_click(counter.record)
ok.click()
ok.click()
print(counter.clicks)

class Shape:
    def area(self):
        return 0.0
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return float(self.s * self.s)
class Ci(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.0 * self.r * self.r
getters = [Sq(2).area, Ci(1).area, Sq(3).area]
print([g() for g in getters])
def apply(f):
    return f() * 2
print(apply(Sq(5).area))
