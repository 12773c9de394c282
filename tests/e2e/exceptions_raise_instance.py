class LimitError(Exception):
    def __init__(self, name: str, limit: int) -> None:
        super().__init__(f"{name} exceeded limit {limit}")
        self.name = name
        self.limit = limit


def check(name: str, value: int, limit: int) -> int:
    err = LimitError(name, limit)
    if value > limit:
        raise err
    return value


saved: LimitError | None = None
for name in ["cpu", "mem", "disk"]:
    try:
        v = check(name, len(name) * 30, 100)
        print(f"{name} ok {v}")
    except LimitError as e:
        print(f"caught: {e}")
        saved = e

if saved is not None:
    print(f"saved error still usable: {saved} / {saved.name} / {saved.limit}")
    try:
        raise saved
    except Exception as again:
        print(f"re-raised stored instance: {again}")

prebuilt = ValueError("prebuilt message")
for i in range(3):
    try:
        if i == 1:
            raise prebuilt
        print(f"iteration {i} fine")
    except ValueError as e:
        print(f"iteration {i}: {e}")

try:
    raise IndexError
except IndexError as e:
    print(f"class raised: [{e}] {repr(e)}")
try:
    raise RuntimeError()
except RuntimeError as e:
    print(f"empty call: [{str(e)}]")
