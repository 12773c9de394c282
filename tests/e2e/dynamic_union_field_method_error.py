# A method of one type called on a field of several types: AttributeError.
class R:
    def __init__(self, flag):
        if flag:
            self.s = "s"
        else:
            self.s = 7
r = R(False)
try:
    print(r.s.upper())
except AttributeError as e:
    print("AttributeError:", e)
q = R(True)
print(q.s.upper())
