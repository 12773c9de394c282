# Edge cases of boxed ints and bools: the 64-bit shift edge and format() of a bool.
m = [-1, "s"][0]
print(m << 63, m >> 70, (m + 2) << 62)
t = [True, "s"][0]
print(format(t, ""), format(t), f"{t:>6}", format(t, "d"))
