# Exercises Counter/json lookups in native code and ends with an uncaught KeyError raised inside CPython (last stderr line).
import json
from collections import Counter, OrderedDict

cfg = json.loads('{"servers": [{"host": "a", "port": 80}, {"host": "b", "port": 443}], "retries": 3}')
ports = Counter()
for srv in cfg["servers"]:
    ports[srv["port"]] += 1
    print("server", srv["host"], srv["port"], srv.get("tls", False))
print("retries:", cfg["retries"] * 2, "ports:", sorted(ports))
od = OrderedDict([(s["host"], s["port"]) for s in cfg["servers"]])
for host in ["a", "b"]:
    print(host, od[host], od[host] + 1)
print(len(od), list(od.items()))
for k, v in sorted(ports.items()):
    print("port", k, "count", v, ports[k] + v)
print("about to fail")
print(od["zzz"])
