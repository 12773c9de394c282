# Tests one stateful module imported from two places: both importers see the same registry and counters.
import registry
import plugins_a
import plugins_b
from registry import lookup, count

print("main: import done, registry has", count())
print("names", registry.names())
plugins_a.setup()
plugins_b.setup()
print("after setup", count(), registry.names())
for name in ["upper", "reverse", "double", "missing", "len3"]:
    print(f"{name:<8} -> {lookup(name, 'Taipan')!r}")
print("calls", registry.CALLS)
registry.PREFIX = ">> "
print(plugins_a.run_all("abc"))
print(plugins_b.run_all("xyz"))
print("calls", registry.CALLS, "total", sum(registry.CALLS[k] for k in registry.CALLS))
print("same object seen by both:", plugins_a.registry.CALLS == plugins_b.registry.CALLS)
print("log", registry.LOG)
