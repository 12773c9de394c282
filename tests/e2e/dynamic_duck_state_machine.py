# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): state machine.
class Idle:
    def on(self, ev):
        if ev == "start":
            return Running(0)
        return self
    def __repr__(self):
        return "Idle"
class Running:
    def __init__(self, ticks):
        self.ticks = ticks
    def on(self, ev):
        if ev == "tick":
            return Running(self.ticks + 1)
        if ev == "stop":
            return Stopped(self.ticks)
        return self
    def __repr__(self):
        return f"Running({self.ticks})"
class Stopped:
    def __init__(self, t):
        self.t = t
    def on(self, ev):
        if ev == "reset":
            return Idle()
        return None
    def __repr__(self):
        return f"Stopped({self.t})"
s = Idle()
for ev in ["tick", "start", "tick", "tick", "stop", "reset", "start", "stop", "bogus", "x"]:
    s = s.on(ev)
    print(ev, "->", s)
