# contextlib: contextmanager, ExitStack, suppress, redirect_stdout and a custom context class
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, closing
import io

events = []


@contextmanager
def tag(name):
    events.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        events.append(f"handled KeyError {e} in {name}")
    finally:
        events.append(f"</{name}>")


with tag("html") as t1:
    with tag("body") as t2:
        events.append(f"content {t1}/{t2}")
with tag("dict"):
    {}["missing"]
print(events)


@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
        print("  commit", sorted(db.items()))
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print(f"  rollback after {type(e).__name__}: {e}")
        raise


db = {"a": 1}
with transaction(db) as d:
    d["b"] = 2
try:
    with transaction(db) as d:
        d["c"] = 3
        raise RuntimeError("disk full")
except RuntimeError:
    pass
print("db now:", db)


class Timer:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is ZeroDivisionError


log = []
with ExitStack() as stack:
    timers = [stack.enter_context(Timer(f"t{i}", log)) for i in range(3)]
    stack.callback(log.append, "callback ran")
    log.append(f"inside with {len(timers)} timers")
print(log)

log.clear()
with Timer("safe", log):
    1 / 0
print(log, "- division error was swallowed")

with suppress(FileNotFoundError, KeyError):
    {"x": 1}["y"]
print("suppressed KeyError")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print("captured text:", buf.getvalue().splitlines())


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


r = Resource()
with closing(r):
    print("resource open:", not r.closed)
print("resource closed:", r.closed)
