import errors as errs
print(errs.ParseError.__mro__[1:3], errs.ParseError.__doc__, errs.EmptyInput.__module__)
for text in ["7", "", "x1", "500"]:
    try:
        print(errs.parse(text))
    except errs.EmptyInput as e:
        print("EmptyInput", e, isinstance(e, errs.ParseError), isinstance(e, ValueError), e.args)
    except errs.ParseError as e:
        print("ParseError", e, type(e).__name__, repr(e))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "value", None))
def raiser(text):
    raise errs.EmptyInput("from python " + text)
print(errs.safe(raiser, "a"))
print(errs.safe(errs.parse, "zz"))
try:
    errs.safe(lambda t: 1 / 0, "q")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
