# Tests reading and writing module attributes from several modules, and that `from m import X` keeps the old binding.
import settings
import logger
import worker
from settings import LEVEL, NAMES

print("initial", settings.LEVEL, LEVEL, settings.NAMES)
worker.process([3, 8, 1, 12])
settings.LEVEL = 2
print("level raised:", settings.LEVEL, "copied binding still", LEVEL)
worker.process([3, 8, 1, 12])
settings.NAMES.append("extra")
print("shared list mutated:", NAMES, settings.NAMES == NAMES, len(NAMES))
settings.THRESHOLD = 5
worker.process([3, 8, 1, 12, 5])
settings.set_level(0)
worker.process([100])
print("lines logged", logger.COUNT, "by level", logger.BY_LEVEL)
for line in logger.LINES:
    print("  |", line)
logger.LINES = []
logger.log(0, "after reset")
print(logger.LINES, logger.COUNT)
settings.LEVEL = settings.LEVEL + 3
print(settings.describe())
