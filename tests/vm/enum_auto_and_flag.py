# enum: Enum with auto(), IntEnum, Flag combinations, iteration and lookup
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    def mix_name(self, other):
        return f"{self.name.lower()}-{other.name.lower()}"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE


class Status(str, Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)


print(list(Color), [c.value for c in Color])
print(Color(2), Color["BLUE"], Color.RED.mix_name(Color.BLUE), Color.RED is Color(1))
print(repr(Color.GREEN), Color.GREEN.name, len(Color))
tasks = [("write docs", Priority.LOW), ("fix crash", Priority.HIGH), ("review", Priority.MEDIUM)]
for name, p in sorted(tasks, key=lambda t: -t[1]):
    print(f"  {p.name:<6} ({int(p):>2}) {name}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority(5).name)

perm = Permission.READ | Permission.EXECUTE
print(perm, Permission.WRITE in perm, Permission.READ in perm)
print(Permission.RW, Permission.ALL & ~Permission.DELETE, bool(Permission.READ & Permission.WRITE))
for user, p in [("guest", Permission.READ), ("dev", Permission.RW | Permission.EXECUTE), ("root", Permission.ALL)]:
    granted = [m.name for m in Permission if m in p and m.name in ("READ", "WRITE", "EXECUTE", "DELETE")]
    print(f"  {user:<5} value={p.value:>2} {granted}")
print(Permission(3), Permission(0), Permission.ALL.value)

print(Status.ACTIVE == "active", Status("paused"), Status.DONE.value.upper(), f"{Status.ACTIVE.value}")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
for pl in Planet:
    print(f"{pl.name}: g = {pl.gravity:.2f}")
print({c: c.value * 10 for c in Color}[Color.BLUE], Color.__members__.keys() == {"RED", "GREEN", "BLUE"})
