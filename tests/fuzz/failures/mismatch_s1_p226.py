# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 226, delta-reduced
# stdout line 1: expected "(924.15922, 'a', 0.8091293555403798) True ߿ (-inf, -18, True)", got "(924.15922, 'a', 0.8091293555403798) True ߿ (28.9583, 17, True)"
g1 = "\t'"
g3 = (17 % (32 or 3))
g4 = (~g3)
v16 = g3
v16 = ((g1).ljust(1, '\t')).rfind('', 6, v16)
print((924.15922, ('a').lower(), (-3.32668649939627e+264 % 3.14159)), ((g4 > min(18e14, 1.7976931348623157e+308, 9.5) != (g3 * -13.418)) or bool(float(True))), chr(2047), (((672.005, g4, True) if (g3 >= float('nan')) else ((28.9583, g3, True) if True else (float('-inf'), v16, False))) if (round(-6.885132376032333e-261, 0) < (g4 & v16)) else (((-339.2497, g3, True) if False else (float('-inf'), g4, True)) if (99999 >= 21) else ((0.30000000000000004, g3, False) if False else (80e-11, 33, False)))))
