# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 554, not reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g1 = (-1e+300 * 0.3)

def f2(a3, a4, a5):
    v6 = ((0o177 & 3), (a5 + a5))
    print()
    print(False, end='\n')
    return ((((-31) < 100) and (True and True or True)) if ((a5 >= a5) or (a5 not in a5)) else ('ﬁß\x85-').endswith('an'))

def f7(a8, a9):
    w10 = 0
    while w10 < 3 and (True if a9 else False):
        w10 += 1
        v11 = abs(w10)
    v12 = 4096
    v13 = (5 != ((-v12) << ((v12 & v12) % 8)) > v12)
    for i14 in range(2, (max(abs(v12), ord('ß')) % 6), 2):
        break
        v15 = pow((i14 // (i14 or 3)), 4)
        for i16 in range((((v15 or -25) if (g1 != 1.005) else min(12345, i14, 13)) % 4), 0):
            print(round((i16 / i14), 0))
            v17 = ((('ΣΑΣ').replace('aaa', 'SS') + 'ß')).center((v12 % 15))
            if (((-1000000000000000000) + i14) < (v12 - 99999)):
                if (176.427718 != int(' 12\n')):
                    break
            elif ((v17).upper()).startswith(str(v12)):
                print((((i14 + 1000) % (i16 or 1)) % ((g1 + min(1000, v12, v15)) or 2.5)), 'b')
            v18 = 2.675
        else:
            for ch19 in a8:
                if bool((v15 | v15)):
                    break
            v20 = (g1 + (g1 % (v12 or 2)))
    else:
        pass
    v21 = ('\u2028').startswith('日')
    return a8

def f22(a23, a24=(16 * g1), a25=((1000000000000000.0, True) if True else (1.0, False))):
    v26 = True
    w27 = 0
    while w27 < 4:
        w27 += 1
        if ((4096 - w27) > 13):
            return ((-880.02 + -294.5254) * w27)
    if (not (a23 ^ a23)):
        a25 = (g1, v26)
        for i28 in range((a23 % 5), (((10 or -36) % ((a23 + a23) or 1)) % 7)):
            for i29 in range(((('').rfind('ab', -5) >> (i28 + 127)) % 3), (((i28 <= a23 >= a24) and (64 - -14) or (i28 // 65535)) % 2)):
                if ((i29 * a23) <= i28):
                    break
                if (float(a24) < ord("c")):
                    return (a24 * i29)
                v26 = (not (-4))
            else:
                v30 = 175891755410411.4
        for ch31 in "---":
            print(('' not in (chr(65 + (5 % 26))).replace('an', ch31[2])))
            v32 = None
            q33, r34 = ((a24 / (a24 or 3.0)), (+g1))
    elif ('-7' >= ('\x1c').ljust(((-24) % 15), '\t')):
        v35 = abs((a23 * (-9223372036854775807 - 1)))
    else:
        u36, u37 = a25
    v38 = a23
    print(round(max(a23, a23)))
    return (a24 * a24)

if ('aa' not in '0'):
    g1 = (-1e+300 / 3)
    print(sep='\n')
    g1 -= f22((4 & 1000), g1, (0.5, False))
elif ('\n' in "'İ\u3000Ω_σ"):
    if (('é' + 'ﬁ0\t')).endswith('na'):
        g1 += 100
elif (not (-1000 ^ -7)):
    for ch39 in '':
        for i40 in range(5, (256 % 2)):
            v41 = (-1000000000000000000, ch39)
            v41 = (v41 if (ch39).endswith('b') else v41)
            break
            if ((g1 + g1) == (i40 * 256)):
                break
        else:
            f7(((ch39).replace('ab', ch39)).replace('é', 'ß'), (True == (43 > g1)))
        v42 = (ch39).replace(chr((7021213533294795072 % 1114112)), ch39)
        continue
        v42 *= (int(g1) % 3)
    for i43 in range((((-13) ** 2) % 3), -2, -1):
        pass
        g1 //= (f22(i43, g1, (g1, True)) / (int(g1) or 3))
        v44 = ((True and 'é' or 'AΩ\x85') and 'x')
else:
    for i45 in range(((abs(10) - (128 ** 4)) % 3), ((3 if (not g1) else (1000 // (65535 or 2))) % 7)):
        f2(((False and 'a' or 'x\u30001\u3000İ'), (not g1)), f22((i45 if True else -3), g1, (g1, True)), str(('\t' * (i45 % 4))))
        v46 = 0.3
        print((('' + '😀x')).lstrip(("_").lstrip()))
        print(end=' ')
if bool(ord("  "[1])):
    assert True or True
print((('\nz', g1) if False else ('ﬁre', g1)))
print(((128 % ((2.5 * g1) or 2.5)) <= (1000 & (-10)) == int(f22(a23=1))), None, "ﬀ")
g1 = (g1 // (9007199254740992 or 2))
g1 = (100.0 // ((4.35 if True else 97.2637) or 2.5))
v47 = (chr(-3454309957607417427)).count('"ΣΣ²😀A')
v48 = 'x\t_Σ,😀'[-2]
v47, p49 = (v48).count(v48), v47
if f2(((v48, True) if False else ('', True)), float("inf"), (v48).rjust(7)):
    p50, g1, p51 = None, ((g1 / (0.1 or 1.0)) + (-0.0 or 1e-300)), ((13 % (v47 or 2)) % ((p49 - p49) or 1))
if (False and (False if True else False)):
    pass
