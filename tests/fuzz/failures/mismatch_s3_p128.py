# differential_fuzz: MISMATCH (taipan build -O2)
# seed 3, program 128, delta-reduced
# stdout line 1: expected '(1e-07, 31) 0', got '<missing>'
# exit status: expected 0, got 1
g3 = ((-7) - 31)
if (('\x1c').startswith('', 4, -3) or (99999 <= 2.675)):
    print(True, (("b" and 'a')).rindex("na", -2), True, sep=' ')
print(((-1.0, g3) if (1 <= g3) else (1e-07, 31)), ('B\\σ\n,,'[3]).count('é'))
