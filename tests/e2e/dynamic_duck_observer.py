# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): observer.
class Printer:
    def notify(self, ev, data=None):
        print("print:", ev, data)
class Counter:
    def __init__(self): self.seen = {}
    def notify(self, ev, data=None):
        self.seen[ev] = self.seen.get(ev, 0) + 1
class Filter:
    def __init__(self, want, inner): self.want = want; self.inner = inner
    def notify(self, ev, data=None):
        if ev == self.want:
            self.inner.notify(ev, data)
c = Counter()
subs = [Printer(), c, Filter("save", Printer()), Filter("load", c)]
for ev in ["load", "save", "load"]:
    for s in subs:
        s.notify(ev, data=len(ev))
print(c.seen)
