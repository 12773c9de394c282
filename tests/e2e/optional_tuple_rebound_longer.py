# Review case: A tuple-or-None variable rebound to a longer tuple.
def pair(ok):
    if ok:
        return (1, 2)
    return None

def label(ok):
    if ok:
        return ("a",)
    return "plain"

t = pair(True)
t = t + (3,)
print(t)
s = label(True)
s = s + ("b", "c")
print(s, len(s))
