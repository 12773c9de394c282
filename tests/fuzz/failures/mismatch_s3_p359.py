# differential_fuzz: MISMATCH (taipan build -O2)
# seed 3, program 359, delta-reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g2 = round(3037000500, 2)
assert (chr(g2) < (1 * 'ﬁ')) or True, "_"
