# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 538, delta-reduced
# stdout line 2: expected 'False 1.0 ', got 'True 1.0 '
g1 = 127
g3 = 'Bx٣\n'
def f8(a9):
    global g3, g4
    g3 *= ((g1 - g1) % 3)
    return -34712392752122734
g4 = (str(' \x85Σ-')).replace('na', 'na')
print((g4[f8(-4.204405062805926e-76) % (len(g4) or 1)]).center(((ord(chr(65 + (g1 % 26))) * 3) % 15), 'İ'), (float(g1) > 123456789.125), (3e12 * ((-35) / ((-20) or 1))))
print(((g3).startswith(g3, 4) != (g4).startswith('l')), float(((13 % (2147483648 or 10)) <= 65535)), end=" ")
