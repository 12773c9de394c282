# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 16, delta-reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g3 = (4096 - (-2147483648))
if (('ﬁre').center((g3 % 15)) != chr(g3)):
    pass
