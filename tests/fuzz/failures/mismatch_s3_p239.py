# differential_fuzz: MISMATCH (taipan build -O2)
# seed 3, program 239, delta-reduced
# stdout line 1: expected '0 False', got '0 True'
g1 = ('kK' + '  ')
g2 = int(48e-9)
def f3(a4):
    w10 = 0
    print(w10, (g1).startswith('', 8, g2))
q36, r37 = divmod(int(False), (len('İstanbul') or 3))
v38 = (('abc').lower() + 'say "hi"')
v39 = 4294967296
q36 = (pow(max(g2, r37), len(v38), ((0 - v39) or 2)) // f3((g2 > 1e309)))
