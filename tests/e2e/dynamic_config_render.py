# A config dict of mixed values rendered by isinstance dispatch, copied and
# updated with a value of another type.
config = {
    "name": "service",
    "port": 8080,
    "debug": False,
    "ratio": 0.75,
    "tags": ["a", "b"],
    "owner": None,
}


def render(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return '"' + value + '"'
    if isinstance(value, list):
        return "[" + ", ".join(render(item) for item in value) + "]"
    return str(value)


for key in config:
    print(key, "=", render(config[key]))
print(config["port"] + 1, len(config["tags"]), config["tags"][0])
settings = dict(config)
settings["port"] = "auto"
print(sorted(settings.keys()))
print(settings)
