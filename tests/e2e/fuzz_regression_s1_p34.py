# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 34, delta-reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
print((chr(1000000000000000000)).rjust(5, '\\'), (round(("²").find('o')) - (1000 ^ (12345 + -7))))
