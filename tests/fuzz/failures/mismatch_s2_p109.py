# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 109, delta-reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g2 = (4611686018427387904 >> (9 % 80))
g1, g2 = (chr(g2)).center((g2 % 15)), int(max(float('inf'), 0.3, 69e-1))
