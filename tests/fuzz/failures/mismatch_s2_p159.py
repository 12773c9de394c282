# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 159, delta-reduced
# last stderr line: expected 'ValueError: base is not invertible for the given modulus', got 'OverflowError: integer result does not fit in 64 bits (arbitrary-precision int is not supported yet)'
g2 = min('\n"', '12')
def rec12(n13, x14):
    if n13 <= 0:
        return abs(int(-1e+300))
    t15 = rec12(n13 - 1, g1)
    return (n13 * ('é').count("SS"))
v20 = round((-0.0 if (g2 <= 'xΩ\nΣb') else (g1 * 0.125)))
g1, v20, p21 = ((1000000000000000000 + 4) ** 1), ((g2).count(' ') * ('Hello, World').count(g2)), (-(v20 + v20))
if ((True if False else False) != (not 4.35)):
    pass
else:
    v23 = ((p21 // (v20 or 1)) // ((rec12(997, p21) + (g2).count('é', 63, g1)) or 2))
    g1 *= ((v23 * g1) or v20)
print((len('xy'[-2]) + pow((g1 % (1000 or -7)), -1, 2147483647)), 'Ba', '0', v20)
