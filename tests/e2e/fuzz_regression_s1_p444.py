# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 444, delta-reduced
# stdout line 998: expected '<missing>', got '-2'
# last stderr line: expected 'RecursionError: maximum recursion depth exceeded while calling a Python object', got 'RecursionError: maximum recursion depth exceeded'
g1 = (4.6117463233988e-12 >= -453.753 > 64)
g4 = (float('nan') - 3)
def rec16(n17, x18):
    print((~(n17 // (n17 or 1))))
    t19 = rec16(n17 - 1, (+(-850.26261 if g1 else 3.0)))
rec16(999, round(g4, 2))
