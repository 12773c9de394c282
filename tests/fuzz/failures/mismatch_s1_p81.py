# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 81, delta-reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g2 = (False == True)
def f8(a9, a10):
    return len(chr(4294967297))
assert ((-1234625244051080193 + -100) < (31 // (32 or 3)) > f8(g2, g2))
