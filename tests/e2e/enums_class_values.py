from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color)
print(isinstance(Color.RED, Color), Color.RED.value + 1, type(Color.RED))
print(Color.RED in Color)
print(f"{Color.RED}", str(Color.GREEN), [Color.RED])
