def trigger(kind: int) -> None:
    if kind == 0:
        raise ZeroDivisionError("zde")
    elif kind == 1:
        raise OverflowError("ovf")
    elif kind == 2:
        raise IndexError("idx")
    elif kind == 3:
        raise KeyError("key")
    elif kind == 4:
        raise ValueError("val")
    elif kind == 5:
        raise RecursionError("rec")
    elif kind == 6:
        raise NotImplementedError("nie")
    elif kind == 7:
        raise AssertionError("asr")
    elif kind == 8:
        raise StopIteration("stop")
    elif kind == 9:
        raise AttributeError("attr")
    elif kind == 10:
        raise NameError("name")
    elif kind == 11:
        raise TypeError("type")
    else:
        raise BaseException("base")


def classify(kind: int) -> str:
    try:
        trigger(kind)
    except ArithmeticError as e:
        return f"ArithmeticError family: {e}"
    except LookupError as e:
        return f"LookupError family: {e}"
    except RuntimeError as e:
        return f"RuntimeError family: {e}"
    except Exception as e:
        return f"other Exception: {e}"
    except BaseException as e:
        return f"BaseException only: {e}"
    return "nothing raised"


for k in range(13):
    print(k, classify(k))

e1 = ZeroDivisionError("x")
print(isinstance(e1, ArithmeticError), isinstance(e1, Exception), isinstance(e1, LookupError))
e2 = KeyError("k")
print(isinstance(e2, LookupError), isinstance(e2, IndexError), isinstance(e2, BaseException))
e3 = RecursionError("r")
print(isinstance(e3, RuntimeError), isinstance(e3, NotImplementedError))
e4 = NotImplementedError("n")
print(isinstance(e4, RuntimeError), isinstance(e4, Exception))
