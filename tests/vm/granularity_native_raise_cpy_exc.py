# Found by an adversarial review of function and class granularity; checked
# against python3.
class AppError(Exception):
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls, *args)
        return inst
def lookup(k):
    raise AppError(k)
try:
    lookup("a")
except AppError as e:
    print("x", e)
