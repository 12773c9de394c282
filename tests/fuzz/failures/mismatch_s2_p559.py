# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 559, not reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g1 = (9007199254740993 // (7 or 1))
g2 = 'y٣é'
g3 = (2 % (1 or 3))
g4 = (0 + -37)
g5 = (g1 > g1)

def f6(a7):
    a7 = 295.557
    a7 %= ((105.41155 // ((100 // (255 or -7)) or 2)) or 1.5)
    v8 = ((g2 + (g2).rjust((40 % 15), '.')) * 3)
    v8, p9, p10 = str(None), (min(a7, a7, a7) if (7 != a7) else (a7 // (g1 or 2))), chr(g1)
    pass
    print(p9, chr((int(True) % 1114112)), ('b').startswith(p10, 7), a7)
    return g5

def f11(a12, a13, a14=g4):
    global g2
    g2, a12 = a12, g2
    for ch15 in g2:
        g2 = (str((g4 >= g3)) + ((ch15 + '') + g2))
        if ((1000 > g1) and (g5 and a13)):
            continue
    v16 = -0.5
    if (not 'banana'):
        v16 *= ((28 ** 2) + g4)
        w17 = 0
        while w17 < 5 and ((-1000000000000000000) < 4294967296):
            w17 += 1
            v18 = '😀Σİ😀'
            if ((99999 | g1) >= 5):
                v19 = float(((g2 + '_') >= str(g4) < 'straße'))
            else:
                print("0\n日'\\", float(v16), ((w17 > float('inf')), (g4 // (32 or 10))), sep='-')
            assert (chr(223)).isspace()
        g2 = (a12 + g2)
    return divmod((1e-07 * v16), ((g4 - 9.5) or 2.5))

def f20(a21):
    global g1, g5
    g1 >>= (abs(g4) % 70)
    f11(((g2 * ((-6325943545448253120) % 4)) * (5 % 4)), (not ('x_σ\x85ﬁ😀').isspace()), round((g2).rfind('ß')))
    g5 = ((False and True) and False)
    g5 = ((g2 or g2)).endswith('b')
    if ((g2 < 'Hello, World' >= g2) or ('a' > g2 >= 'a\nb')):
        v22 = (g4 % ((8 ^ a21) or 10))
    elif (not g4):
        if ((g2 if True else g2) not in ('ßzΣéﬁa' + g2)):
            if (chr(65535)).startswith('日'):
                assert ('日' in '٣٤') or True, g2
                if g5:
                    return (str(a21) + 'A0x日.-')
                f6(a7=max((100 - 100.0), -float('inf'), 5e-324))
            if (g2 <= ('aΩy').replace('a', 'SS', 1)):
                return str((g2).ljust((10 % 15), '日'))
            p23, a21 = 9.5, round(float("1.5"))
        else:
            if g5:
                a21, g1 = g1, a21
                g5 = g5
            elif ((-2.8653213313650686e-258 - -2) >= 127 < (g3 + g1)):
                g1 = (31 or g1)
                assert ((not g2) == (3.0 >= 75e-12)) or True, g2
            else:
                g1 = a21
        for ch24 in g2:
            print((str(ch24)).center(9, 'σ'))
        else:
            v25 = (((g3 // (99999 or -7)) + int(1.0)) // (((g2).isdigit() and (a21 >> (32 % 80)) or ord('\x00'[g4])) or 10))
    elif (('é' + g2) <= g2[g3 % (len(g2) or 1)]):
        for ch26 in g2:
            v27 = 0o377
            v28 = round(0.05, -2)
    else:
        a21 >>= 23
    print((int(0.30000000000000004) ** -1), chr(223), ord(g2[(-36) % (len(g2) or 1)]))
    return (('ß').strip() * (123456789012345678 % 4))

def f29(a30=(g4 & 7), a31=g3):
    global g1, g2
    pass
    print((g2 * (a31 % 4)))
    return max(('a\nb' * (13 % 4)), (g2 + ''))

f6((-1000000000000000.0))
g1, g3 = g3, g1
if True:
    print(str(g3), 0.0, (g2).isdigit(), '3.5'[-2])
elif g5:
    v32 = (abs(871.3) + min(-650.663447, 635.7273))
else:
    assert (123456789.125 != (100 ^ g1)) or True
    print(divmod(len(g2), (int('0b101', 0) or 3)), ((1 | 32) + g4))
v33 = (g2, round(-1000, 2))
g3 *= max((g3 + 127), (-g3))
v34 = 'zb日'
u35, u36 = v33
u35 *= ((g3 * u36) % 3)
g4 %= ((ord('"') * (-2408050153110586730 - g3)) or 1)
print((g2).find('"'), (g2).replace('日', 'ab'), f29((g1 % (g4 or 3))), end='\n')
u37, u38 = v33
print(None)
