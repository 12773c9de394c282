class Config:
    def __init__(self) -> None:
        self.name = "app"
        self.version = 3


class Plugin:
    def __init__(self, label: str) -> None:
        self.label = label

    def run(self) -> str:
        return f"running {self.label}"


cfg = Config()
print(cfg.name, cfg.version)
try:
    print(cfg.debug)
except AttributeError as e:
    print(f"AttributeError: {e}")

p = Plugin("spell-check")
print(p.run())
try:
    print(p.stop())
except AttributeError as e:
    print(f"no method: {e}")

holder: Plugin | None = None
try:
    print(holder.label)
except AttributeError as e:
    print(f"None access: {e}")

missing = 0
for attr_test in range(3):
    try:
        if attr_test == 0:
            print(cfg.name)
        elif attr_test == 1:
            print(cfg.port)
        else:
            print(p.version)
    except AttributeError:
        missing += 1
print(f"missing attributes: {missing}")

try:
    raise AttributeError("custom attribute message")
except Exception as e:
    print(str(e), isinstance(e, AttributeError))
