class InnerError(Exception):
    pass


class OuterError(Exception):
    pass


def step(n: int) -> str:
    trace = ""
    try:
        trace += "A"
        try:
            trace += "B"
            if n == 1:
                raise InnerError("one")
            if n == 2:
                raise OuterError("two")
            if n == 3:
                raise ValueError("three")
            trace += "C"
        except InnerError:
            trace += "D"
        finally:
            trace += "E"
        trace += "F"
    except OuterError:
        trace += "G"
    except Exception:
        trace += "H"
    finally:
        trace += "I"
    return trace


for n in range(4):
    print(n, step(n))


def handler_raises(n: int) -> str:
    try:
        try:
            return str(10 // n)
        except ZeroDivisionError:
            raise InnerError("converted in handler")
        finally:
            print("  inner finally")
    except InnerError as e:
        return f"outer caught: {e}"


print(handler_raises(2))
print(handler_raises(0))

depth = 0
try:
    try:
        try:
            raise KeyError("deep")
        except IndexError:
            print("wrong handler")
        finally:
            depth += 1
    except ValueError:
        print("wrong handler")
    finally:
        depth += 10
except LookupError as e:
    depth += 100
    print(f"got {e} at depth {depth}")
