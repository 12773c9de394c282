from enum import Enum, auto
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
for c in Color:
    print(c, c.describe())
print(Color(2), Color["BLUE"], len(Color), list(Color))
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED != Color.GREEN)
counts = {Color.RED: 0, Color.GREEN: 5}
counts[Color.RED] += 2
print(counts)
print({Color.BLUE, Color.RED, Color.GREEN} == set(Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)

class State(enum.Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

transitions = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}
s = State.IDLE
while s in transitions:
    print(s.name, "->", transitions[s].name)
    s = transitions[s]
print([st.value for st in State])

class Planet(Enum):
    MERCURY = "small"
    JUPITER = "giant"
print(Planet("giant"), [p.name for p in Planet if p.value == "small"])
print(sorted(Color, key=lambda c: -c.value))
