class AppError(Exception):
    pass


log: list[str] = []


def risky(n: int) -> int:
    if n == 0:
        raise AppError("zero not allowed")
    return 10 // (n - 1)


def wrapper(n: int) -> int:
    try:
        return risky(n)
    except AppError as e:
        log.append(f"wrapper saw AppError: {e}")
        raise
    except ZeroDivisionError:
        log.append("wrapper saw ZeroDivisionError")
        raise


def outer(n: int) -> str:
    try:
        return str(wrapper(n))
    except AppError as e:
        log.append("outer caught AppError")
        return f"failed({e})"
    except Exception as e:
        log.append(f"outer caught other: {repr(e)}")
        return f"failed({e})"


for n in [3, 0, 1, 6]:
    print(n, outer(n))
for line in log:
    print(line)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling inner, re-raising")
        raise
except LookupError as e:
    print(f"caught again outside: {repr(e)}")
