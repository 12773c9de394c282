# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): vm interp.
class Push:
    def __init__(self, v): self.v = v
    def run(self, st, pc):
        st.append(self.v); return pc + 1
class AddOp:
    def run(self, st, pc):
        b = st.pop(); a = st.pop(); st.append(a + b); return pc + 1
class Dup:
    def run(self, st, pc):
        st.append(st[-1]); return pc + 1
class JmpIfLess:
    def __init__(self, limit, target): self.limit, self.target = limit, target
    def run(self, st, pc):
        return self.target if st[-1] < self.limit else pc + 1
class Halt:
    def run(self, st, pc):
        return -1
prog = [Push(1), Dup(), AddOp(), JmpIfLess(1000, 1), Halt()]
st = []
pc = 0
steps = 0
while pc >= 0:
    pc = prog[pc].run(st, pc)
    steps += 1
print(st, steps)
