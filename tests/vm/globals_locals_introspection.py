# Reading globals() and locals() for dispatch, debugging and formatting
VERSION = "1.4.2"
MAX_ITEMS = 50
DEBUG = False


def handler_start(arg):
    return f"starting {arg}"


def handler_stop(arg):
    return f"stopping {arg}"


def handler_status(arg):
    return f"status of {arg}: ok"


def dispatch(command, arg):
    func = globals().get(f"handler_{command}")
    if func is None:
        return f"unknown command {command!r}"
    return func(arg)


for cmd in ["start", "status", "stop", "restart"]:
    print(dispatch(cmd, "web"))

constants = {k: v for k, v in globals().items() if k.isupper()}
print("constants:", constants)
handlers = sorted(k for k in globals() if k.startswith("handler_"))
print("handlers:", handlers)


def describe(width, height, unit="cm"):
    area = width * height
    perimeter = 2 * (width + height)
    snapshot = dict(locals())
    return snapshot


snap = describe(3, 4)
for k in sorted(snap):
    print(f"  {k} = {snap[k]!r}")


def fmt(template, **kwargs):
    name = "world"
    count = 3
    return template.format(**{**locals(), **kwargs})


print(fmt("{name} x{count}"))
print(fmt("{name} x{count}", name="moon"))

globals()["DYNAMIC_VALUE"] = 99
print(DYNAMIC_VALUE + 1)
exec("GENERATED = [MAX_ITEMS // n for n in (1, 2, 5)]", globals())
print(GENERATED)
print("__name__ is", globals()["__name__"])
print(sorted(locals().keys()) == sorted(globals().keys()))


class Config:
    retries = 3
    names = sorted(n for n in locals() if not n.startswith("__"))


print(Config.names)
