# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 495, not reduced
# stdout line 17: expected '(1000, 904, False) 5e-324 -1e+300', got '(1000, 904, True) 5e-324 -1e+300'
g1 = 64
g2 = None
g3 = (-g1)
g4 = (False == True)

def f5(a6, a7):
    global g4
    print(0.30000000000000004, ((9007199254740992 + (+a7)) - a7), 2.6188148576667433e+91)
    for i8 in range(((g3 // ((5 - g3) or 1)) % 4)):
        if False:
            print()
        print(1e-07, a6, -9007199254740993, g3)
        g4 = (100.0 != g3)
    pass
    v9 = ((4 % ((a7 or 35) or 10)) - pow((g1 - 32), 4))
    v9, a7 = a7, v9
    return min(4611686018427387904, 65535, 16)

def f10(a11, a12=((32, 123456789.125) if False else (g1, 3.0119470428494674e-06))):
    if g4:
        print(('').replace('x\x85Σ-x😀', '😀', -1), g4, (((+g1) << ((g3 // (-100 or 10)) % 8)) <= pow(int(-0.5), (g3 % 30), (g1 or 10))), (9007199254740992.0 or (4.35 * 63)))
    elif ('a\nb').isspace():
        a12 = (1, 1.005)
        for ch13 in '\x1c':
            a11 **= 0
    elif (1000000000000000000 == ('a\nb').rfind('a')):
        if ((a11 > -28.45) if g4 else (a11 < 0.30000000000000004 != g3)):
            return chr(65 + (g1 % 26))
    else:
        print()
        print((1000, ((-33) ^ g1), ('x y z').endswith("", 6)), 5e-324, -1e+300)
    v14 = (0o5 + -100)
    for i15 in range(((-1000) % 7)):
        if (("b").isspace() and ('a\nb').isdigit()):
            return '\\'[0]
        v14, a11 = ('-7').find('x', 0, -1), (1000 - abs(g3))
        a11 &= (--10)
        a12 = a12
    return (chr(10)).center(3)

def f16(a17, a18):
    global g2
    print(("ǅ" >= '\u3000B,' > 'éΣ'), float(pow((-16), 1)), round(g1), ((-10) - 1.005))
    v19 = g3
    for ch20 in 'z':
        v21 = ('0' != (('ABC').rjust(((-7) % 15)) + ch20) <= (ch20 if (not 'ǅ') else ch20))
        v22 = ch20
        print(g2)
        print(256, -0.5)
    return float((5 / (1e+16 or 1.0)))

def f23(a24, a25, a26=('\t\n ', False)):
    global g1, g2, g3
    v27 = (round(2.2250738585072014e-308, 3) % (100.0 or 2.5))
    print((round(int("999999999999999999")) - ((-27) & (g1 // (5367757021585046283 or 2)))), sep='\n')
    print(("xy"[0] + '0'[-1]), (3 * '\n'))
    g2 = g2
    v28 = ((g3 ** -2) + g3)
    return ('3.5').replace('', (('3.5').replace('😀', '😀') + ('A \n').ljust(0)))

def f29(a30, a31=bool('straße')):
    global g3, g4
    print((a31,))
    g3 = (-0)
    pass
    if ((0 % (11 or 1)) == (1.6192256536213052e+296 / 0.3)):
        g3, a30 = a30, g3
        v32 = ((16 >> 65) * (g1 - g3))
        if (123456789.125 <= (v32 + a30)):
            return ((+g3) ** 2)
    else:
        g3 //= ((2 * max(g3, a30, (-7))) or 10)
        w33 = 0
        while w33 < 6 and ("ﬁre" >= ".ß٣\x85-'" < 'straße'):
            w33 += 1
            if (str(g2)).endswith(' '):
                return (-13)
            a30 %= ((g3 // (("").find('SS') or 3)) or 1)
            v34 = g3
        else:
            p35, a30 = ((a30 ** 5) + ord('straße'[g3])), (len('') - pow(a30, 14, 1000000007))
    v36 = "banana"
    print()
    return pow((g1 - round(g3, -3)), 2)

def rec37(n38, x39):
    if n38 <= 0:
        return int('1_000')
    t40 = rec37(n38 - 1, min((x39 // (g1 or 1)), (g4 and g3 or x39)))
    return (('\x85' * (1 % 4))).rfind('\u2028')

for i41 in range((round((g4 and -1000 or (-25))) % 5), 2, -3):
    if (('a,b,c' * (i41 % 4))).startswith('😀'):
        if (bool(0.3) or False):
            break
        f10(('  ').count('ﬁ_'), ((g3, -521.0) if (127 != i41 >= g3) else ((3, -1.4951719437585186e-65) if True else (16, -781.0))))
        if ('a,b,c' > f10((-38))):
            continue
    elif bool(''):
        for i42 in range(-3, (g1 % 5), -2):
            v43 = (('٣'[0]).strip()).rstrip('b')
    pass
    print(((100.0 / g3) % ((3.0 and 1e+16) or 2.5)), (('日' + 'ﬁßb\\')).rjust(12))
    g3 |= int((float('nan') ** -423.43221))
g1 = abs(g3)
g2 = g2
if bool((-4)):
    if ((False or g4) == False):
        f23((('Ωμέγα' if True else 'é😀y²σA') == 'İstanbul'), True)
        q44, r45 = ((2.2250738585072014e-308 / 1e309), 4.35)
    elif (max('İ\\本"', 'b"😀a\u3000-', 'x') == f23(True, a25=g4, a26=("Σσ", g4)) >= ('abab').upper()):
        print(((-9223372036854775807 - 1) - (-61e-25)), (int(-124.1277) & (g3 - 28)))
    elif ((140737488355327 - -3.004530387837238e+198) <= 0):
        if ('  ').endswith("cσ", abs(0x3039), 63):
            f10(((g1 * g1) - 40), a12=((256, 9007199254740992.0) if (True and False or False) else ((-100), -164.998714)))
            g4 = (133.6597 == 16)
            pass
        elif (g4 or (9007199254740992.0 <= 43e-17)):
            f16(abs(f29(g1, a31=g4)), ((9007199254740992.0, g1, 255) if True else (-616.54, g1, 4096)))
            print((~(('BB\x85 ').rfind('ß') - g1)))
        else:
            assert (round(g3, -4) < (12345 * g3)) or True
    pass
    print()
else:
    print('', (min('é\u3000', '\u3000σbx B', 'hello') + chr(65 + (-3411328715789179352 % 26))), str((g1 >> (g3 % 80))), (not (0.125 if g4 else 733.9051)))
q46, r47 = (abs(41e10), (-1e-300))
v48 = float('nan')
for ch49 in 'zy':
    print((ch49).ljust(5), (ch49 * 1), ch49, sep='::')
assert g4 or True
print()
f16(int((r47 - q46)), (3.0, pow(10, 0), min(127, g3)))
for ch50 in 'ΣΑΣ':
    pass
    print(((int('+5') + (g1 - 28)) - (-9007199254740993 % (49 or 10))), str(ch50), ch50)
    pass
else:
    g1 ^= min((-1 - 1000), ('\x00').rfind("b", 1))
v51 = bool(256)
q46 = pow((42 / (g3 or 1)), q46)
v51 = (f10(22, (100, 72e30)) in ('A.').replace('o', 'na'))
