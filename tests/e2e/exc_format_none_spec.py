# Formatting None with a non-empty spec: TypeError from NoneType.__format__.
def lookup(key):
    if key == "a":
        print(f"found {key!r}")
    return None
result = lookup("a")
print(f"{result}|{result!r}|{result!s}")
print(f"{result:>8}")
