# Calling a function at module level before its def has run: NameError.
print("start")
g()
def g():
    pass
