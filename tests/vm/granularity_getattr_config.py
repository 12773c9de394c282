# Function and class granularity (an adversarial review's program), checked
# against python3.
class Config:
    def __init__(self, data):
        self._data = dict(data)
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no config key {name!r}") from None
    def __repr__(self):
        return "Config(" + ", ".join(f"{k}={v!r}" for k, v in sorted(self._data.items())) + ")"

def compute(cfg, n):
    acc = 0
    for i in range(n):
        acc = (acc * cfg.mult + cfg.add + i) % cfg.mod
    return acc

cfg = Config({"mult": 31, "add": 7, "mod": 1000003, "name": "alpha"})
print(compute(cfg, 20000))
print(cfg.name.upper(), cfg)
print(hasattr(cfg, "missing"), getattr(cfg, "missing", "dflt"))
try:
    cfg.nope
except AttributeError as e:
    print("AttributeError:", e)
names = [k for k in ("mult", "add", "zzz") if hasattr(cfg, k)]
print(names)
print(cfg.nope2)
