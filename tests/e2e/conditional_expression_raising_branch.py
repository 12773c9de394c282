# A conditional expression whose untaken branch always raises must still
# produce the other branch's value.
def pick(flag, text):
    return "{} {0}".format(text) if flag else text.upper()


print(pick(False, "value"))
print("ab"[5] if len("ab") > 5 else "safe")
print(pick(True, "boom"))
