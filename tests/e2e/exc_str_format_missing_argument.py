# str.format with a field past the arguments: IndexError with CPython's message.
print("{} and {}".format("one", "two"))
print("{0} {1} {2}".format("only", "two"))
