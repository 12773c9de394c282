# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): exceptions in methods.
class Ok:
    def step(self, x):
        return x + 1
class Fail:
    def step(self, x):
        raise ValueError(f"bad {x}")
class Weird:
    def step(self, x):
        return 1 // (x - x)
for o in [Ok(), Fail(), Weird()]:
    try:
        print(o.step(3))
    except ValueError as e:
        print("VE", e)
    except ZeroDivisionError as e:
        print("ZDE", e)
[Ok(), Fail()][1].step(9)
