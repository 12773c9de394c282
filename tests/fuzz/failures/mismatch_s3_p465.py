# differential_fuzz: MISMATCH (taipan build -O2)
# seed 3, program 465, not reduced
# last stderr line: expected 'RecursionError: maximum recursion depth exceeded while calling a Python object', got 'RecursionError: maximum recursion depth exceeded'
g1 = 0.2
g2 = ('00\nzcc' + "²")
g3 = (6 - (-100))
g4 = True
g5 = (-608.06567 and g1)

def f6():
    p7, p8, p9 = len('a'[-1]), ((3 * g3) // ((+g3) or 10)), g3
    p9 = pow(p7, g3, (p8 or 2))
    v10 = (g5, 10, False)
    v11 = (min(g1, 0.30000000000000004, g1) or round(g1, 0))
    return (23 << ((-g3) % 8))

def rec12(n13, x14):
    if n13 <= 0:
        return x14
    if (("x").rjust((g3 % 15))).isdigit():
        return (g4 != (g2).isspace())
    t15 = rec12(n13 - 1, x14)
    return x14

for i16 in range((((g3 - -3587189274831134879) + len(g2)) % 7)):
    for ch17 in 'é':
        f6()
        q18, r19 = divmod(i16, (22 or 3))
        q18, r19 = r19, q18
        w20 = 0
        while w20 < 5 and (4096 > r19):
            w20 += 1
            assert g4 or True
            q18 &= (i16 + (r19 << (w20 % 8)))
        else:
            g4 = (max("0", ('x' or g2)) >= chr(133) != ((g2 if True else g2)).strip('aa'))
            g1 = (pow(q18, (12345 + 31), 10) / (r19 or 1))
    for i21 in range(3):
        for ch22 in g2:
            pass
            print(((i16 == g5 <= (i16 ** 2)) and (g5 == (13 * 7)) or (ch22).isspace()))
        else:
            print(pow(-8, 4), (~(1 // (i16 or -7))), (float('.5'),), int((g5 and (True and g1 or g1))), end='é')
            v23 = (('a').strip('an') + str(g2))
        pass
        g1, p24, g4 = 3.14159, (0o377 + (31 if True else -7)), ((10 if False else g3) < f6())
    g2 += max((g2 + '-7'), ("y'").center((g3 % 15)))
    g2 = g2
g4 = (g2 not in ('本cz ' if True else 'Aé\u3000ﬁ'))
v25 = ((('é').count('ab', -5) or g3) * min(f6(), (g3 if True else (-7)), ((-7) * g3)))
f6()
if ((g2 >= g2) != (g2).isspace()):
    g2 = (rec12(999, (4096 != g5)) and (g2 + max(g2, '\\')) or (str(v25) or max(g2, g2)))
elif ('' == ('ﬁ本1Σ').ljust((5 % 15))):
    q26, r27 = divmod(round(g1, -2), ((10 * 938.27943) or 2.5))
    if (not 'aaa'[0]):
        v25 = round((100 and 13))
        g2 = ''
        if ((g1 <= 651.760058) == (64 == g3)):
            print(((g3,) if (g2).endswith("SS") else ((5,) if True else ((-2),))))
            v28 = bool(float(g1))
        elif ((q26 / g3) >= f6()):
            assert ((-7) <= -228.1 == abs(g3)) or True
    elif rec12(11, (g2).startswith('l')):
        r27, v25, g4 = ((v25 + 8) / ((g3 << (g3 % 8)) or 1)), 9007199254740992, (not (g2 >= g2 > 'abab'))
        pass
    else:
        print(int(-0.0), ((('Ωμέγα' < g2), (True and 5603512851996663834 or v25), (1e+16 + v25)) if (("'\x851").strip('SS')).isspace() else ((g4, v25, g1) if ('é' not in 'a') else (True, v25, q26))))
        v29 = ((-1) or 63)
elif True:
    rec12(1, ('x'[-1] <= ('é' + g2)))
    print((g1 / ((g3 / (128 or 1)) or 3.0)))
else:
    print()
