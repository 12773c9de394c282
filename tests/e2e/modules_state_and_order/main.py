# Tests that module code runs once, at the first import, in CPython's order,
# that module state is shared, and that `__name__` is the module's name.
print("main begins")
import counter
import counter
import logger as log

counter.bump()
counter.bump()
log.record("bumped twice")
print(counter.value(), counter.TOTAL)
import counter as again
again.bump()
print(counter.value(), again.TOTAL)
log.record("done")
print(log.ENTRIES)
print(counter.__name__, log.__name__, __name__)
