# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): compare results.
class A:
    def score(self): return 3
class B:
    def score(self): return 2.5
class C:
    def score(self): return True
objs = [A(), B(), C()]
best = objs[0]
for o in objs:
    if o.score() > best.score():
        best = o
print(type(best).__name__)
print([o.score() >= 2.5 for o in objs], [o.score() == 1 for o in objs])
print(sum(o.score() for o in objs), max(o.score() for o in objs))
print(sorted(objs, key=lambda o: o.score())[0].score())
