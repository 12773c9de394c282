# f-strings with valid specs, then an invalid one: ValueError with CPython's message.
count = 42
print(f"{count:>6}|{count:<6}|{count:^6}|")
print(f"{count:abc}")
