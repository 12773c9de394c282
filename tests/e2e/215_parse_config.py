# Tests parsing a simple INI-like format with split/partition/strip, type conversion, and section reports.
CONFIG = """
# global settings
[server]
host = example.org
port = 8080
debug = true
timeout = 2.5

[database]
name = shop
port = 5432
pool = 4 ; max connections
; comment line
replicas = db1, db2 ,db3

[paths]
root = /var/www
logs = /var/log/app
"""
sections = {}
order = []
current = ""
for raw in CONFIG.splitlines():
    line = raw.split(";")[0].strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("[") and line.endswith("]"):
        current = line[1:-1]
        order.append(current)
        sections[current] = {}
        continue
    key, sep, value = line.partition("=")
    if sep:
        sections[current][key.strip()] = value.strip()
print("sections:", order)
for name in order:
    print(f"[{name}]", len(sections[name]), "keys")
    for key in sorted(sections[name]):
        print(f"  {key:<9}= {sections[name][key]!r}")

def get_int(sec, key, default):
    v = sections.get(sec, {}).get(key, "")
    return int(v) if v.strip().isdigit() else default

def get_bool(sec, key):
    return sections.get(sec, {}).get(key, "false").lower() in ("true", "yes", "1", "on")

def get_list(sec, key):
    return [p.strip() for p in sections.get(sec, {}).get(key, "").split(",") if p.strip()]

print(get_int("server", "port", 80), get_int("database", "port", 0), get_int("server", "missing", -1))
print(get_int("database", "pool", 1) * 2, get_bool("server", "debug"), get_bool("paths", "root"))
print(get_list("database", "replicas"), get_list("server", "nothing"))
print(float(sections["server"]["timeout"]) * 1000)
ports = sorted(int(sections[s]["port"]) for s in order if "port" in sections[s])
print("ports", ports)
for s in order:
    for k in sorted(sections[s]):
        v = sections[s][k]
        if v.startswith("/"):
            print(s + "." + k, "->", v.split("/")[1:], v.rsplit("/", 1)[-1])
flat = {f"{s}.{k}": sections[s][k] for s in order for k in sections[s]}
print(len(flat), sorted(flat)[:4])
