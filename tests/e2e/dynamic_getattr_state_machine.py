# getattr/hasattr with computed names on the program's instances: state machine.
class Light:
    def __init__(self):
        self.state = "red"
        self.ticks = 0
        self.log = []
    def on_red(self):
        self.log.append("R")
        return "green"
    def on_green(self):
        self.log.append("G")
        return "yellow"
    def on_yellow(self):
        self.log.append("Y")
        return "red" if self.ticks < 7 else "off"
    def step(self):
        self.ticks += 1
        handler = getattr(self, "on_" + self.state, None)
        if handler is None:
            return False
        self.state = handler()
        return True

l = Light()
while l.step():
    pass
print("".join(l.log), l.state, l.ticks)
