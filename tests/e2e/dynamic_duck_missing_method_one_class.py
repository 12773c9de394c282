# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): missing method one class.
class A:
    def run(self): return "A.run"
class B:
    def other(self): return "B.other"
for o in [A(), B()]:
    try:
        print(o.run())
    except AttributeError as e:
        print("AE:", e)
[A(), B()][1].run()
