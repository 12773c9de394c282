# Repetition: empty strings stay empty at any count; a result no machine can
# hold raises MemoryError rather than crashing.
print(len("ab" * 3), "" * 10**18 == "", len("é" * 4), "xy" * 0 == "")
print(len("ab" * 4000000000000000))
