class ConfigError(Exception):
    pass


def config_lines(text):
    for raw in text.split("\n"):
        line = raw.strip()
        if line and not line.startswith(";"):
            yield line


def settings(text):
    section = "global"
    for line in config_lines(text):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if "=" not in line:
            raise ConfigError("section " + section + ": expected key=value, got " + repr(line))
        key, value = line.split("=", 1)
        yield (section + "." + key.strip(), value.strip())


def load(text):
    result = {}
    for key, value in settings(text):
        result[key] = value
    return result


good = """
; sample config
name = demo
[server]
host = localhost
port = 8080
"""
for k, v in sorted(load(good).items()):
    print(k, "=", v)

bad = """
[db]
user = admin
password
"""
cfg = load(bad)
print("loaded", len(cfg))
