# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 561, not reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g1 = ((-10) % (1000 or 1))
g2 = ('\x00' + "a'")
g3 = round(788.0, 3)
g4 = g2

def f5(a6, a7=g4):
    print(chr(((g1 ** 5) + len('say "hi"'))), (ord(chr(65)) or int(g3)), None, ('\n,'[0],))
    v8 = ((g4).rjust((a6 % 15))).strip('日')
    return ord('B')

print(((g2).rfind(' ') & min(3037000500, g1)))
v9 = f5((-(g1 + g1)))
f5((-1 * len("ﬁyA😀'0")), ',\n')
for ch10 in g4:
    v11 = (((0b0 >> 5) - int(g3)) - ((-4611686018427387904 ** 2) // (g1 or 1)))
g1, g2, p12 = ((1 // ((-1000) or -7)) + v9), ('\t\n ' + g4), pow(abs(g1), 0)
