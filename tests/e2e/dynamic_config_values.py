# Exercises parsing config text into bool, int, float, str or None values
# and using each setting according to its run-time type.

CONFIG = """
name = demo app
debug = true
retries = 3
timeout = 2.5
proxy =
verbose = no
ratio = 0.75
"""


def convert(raw):
    raw = raw.strip()
    if raw == "":
        return None
    if raw.lower() in ("true", "yes"):
        return True
    if raw.lower() in ("false", "no"):
        return False
    if raw.lstrip("-").isdigit():
        return int(raw)
    try:
        return float(raw)
    except ValueError:
        return raw


settings = {}
for line in CONFIG.strip().splitlines():
    key, _, raw = line.partition("=")
    settings[key.strip()] = convert(raw)

print(settings)
for key, value in settings.items():
    print(f"{key:8} {type(value).__name__:6} {value!r}")

if settings["debug"]:
    print("debug mode on")
if not settings["verbose"]:
    print("quiet output")
print("total wait:", settings["retries"] * settings["timeout"])
print("proxy:", settings["proxy"] if settings["proxy"] is not None else "direct")
print("scaled:", settings["ratio"] * 100, settings["retries"] + settings["debug"])
name = settings["name"]
if isinstance(name, str):
    print(name.title(), name.split())
