# getattr/hasattr with computed names on the program's instances: hasattr optional.
class Base:
    def describe(self):
        return "base"
class WithExtra(Base):
    def extra(self):
        return "extra!"
class WithClose(Base):
    def close(self):
        return "closed"

def use(obj):
    out = [obj.describe()]
    feat = "extra"
    if hasattr(obj, feat):
        out.append(getattr(obj, feat)())
    feat2 = "cl" + "ose"
    if hasattr(obj, feat2):
        out.append(getattr(obj, feat2)())
    return out

for o in [Base(), WithExtra(), WithClose()]:
    print(use(o))
