# differential_fuzz: MISMATCH (taipan build -O2)
# seed 3, program 256, delta-reduced
# last stderr line: expected 'RecursionError: maximum recursion depth exceeded while calling a Python object', got 'RecursionError: maximum recursion depth exceeded'
g1 = (13 + (-10))
def rec6(n7, x8):
    t9 = rec6(n7 - 2, round(x8, 0))
v24 = 123456789.125
v27 = rec6(3000, ((64 + g1) % ((v24 if True else v24) or 2.5)))
