# getattr/hasattr with computed names on the program's instances: wrong arity.
class Tool:
    def one(self, x):
        return x
    def two(self, x, y):
        return x + y
    def none(self):
        return 0

t = Tool()
calls = [("one", (1, 2)), ("two", (1,)), ("none", (5,)), ("one", ()), ("two", (1, 2))]
for name, args in calls:
    f = getattr(t, name)
    try:
        if len(args) == 0:
            print(f())
        elif len(args) == 1:
            print(f(args[0]))
        else:
            print(f(args[0], args[1]))
    except TypeError as e:
        print("TypeError:", e)
