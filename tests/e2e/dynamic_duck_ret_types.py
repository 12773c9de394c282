# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): ret types.
class I:
    def get(self):
        return 3
class F:
    def get(self):
        return 2.5
class S:
    def get(self):
        return "str"
class N:
    def get(self):
        pass
objs = [I(), F(), S(), N()]
for o in objs:
    v = o.get()
    print(repr(v), type(v).__name__, f"[{v}]")
nums = [o.get() for o in objs[:2]]
print(sum(nums))
print(objs[0].get() + objs[1].get())
print(objs[2].get() * objs[0].get())
