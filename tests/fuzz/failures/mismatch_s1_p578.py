# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 578, not reduced
# stdout line 1: expected '1499999999999183.2 7 \t\x85é.B_\x85\t\x85é.B_\x85 -993', got '1499999999999183.3 7 \t\x85é.B_\x85\t\x85é.B_\x85 -993'
g1 = (1.5 * 1000000000000000.0)
g2 = 1.7976931348623157e+308
g3 = 7

def f4(a5, a6, a7):
    print(((str(g3)).strip('日\txa'[-4])).rjust(6), (-100 > (bool(g3) and 28 or (g3 ** 3))), (g3 + g3), sep='::')
    if (("  ").ljust(5)).endswith('\n'):
        a5 //= (round(float(float('-inf')), 2) or 1.5)
        print('é')
        print(((str(g2)).upper() + '.'))
    else:
        print((((-4725933589912391252) == g3 > (-10)),), ((False and int('Zz', 36) or ("c'\\").count('abc')) - g3), (g3 - 100))
    a7 = ((g3 + g3), ('ß').replace('ß', ''))
    pass
    print(('a\nb').rstrip(('b').ljust(10, '\t')), sep="")

def f8(a9, a10, a11=(-302.71536 or g2)):
    for i12 in range((len((a9 + a9)) % 3), (int(False) % 2), -1):
        assert ((a9).rfind('o') == (g3 >> (i12 % 80))) or True, (a9).center(7, '٣')
        a11 -= g3
        a11 /= (g2 or 1.5)
        print('x y z'[-1], True, 300.9)
    else:
        v13 = a9
        v14 = (-1785717007494539059 - a10)
    if ((False and a11 or 1.0) == (140737488355327 if False else (-10))):
        assert False or True, ''
        print((a9 + '\\by²'), sep=', ')
    else:
        a10 = (min(a9, (a9 + 'abab'))).rfind(chr(26085), -3, 4)
        p15, p16, a9 = ((3.0 + a10) / (round(255, -3) or 3)), a10, ('abc').center(2, ".")
    a11 += ((g3 + a10) + (~a10))
    a10 = ((g3 | g3) % ((g3 // (40 or 3)) or 1))
    p17, a9, p18 = pow(g3, 1), (('xﬁ\x85\\.\x85' + '')).rjust((int("  -ff  ", 16) % 15)), len((a9).strip())
    print((((g3 + 10) + (2 - (-2833191322426523061))) * (-4)), (bool(g1) and a9[(a10 - p17) % (len(a9) or 1)] or chr(945)), end="|")
    return (((p17 // (9223372036854775807 or 3)) // (p18 or 1)) > (float(p18) / ((False and g1 or g2) or 3.0)))

def f19(a20, a21):
    print((-(816.65033 - g1)), g3, (a21 + (str(a21) or ('本Ω0').replace("an", '日', 0))), (((-1000) & (a21).rfind('日')) - (-int('007'))))
    for ch22 in "cßσ":
        p23, a20, a21 = (chr(65 + (g3 % 26))).replace('a', 'l', 0), a20, ch22
    print(g2, (a21[a20 % (len(a21) or 1)] >= str(a21)))
    print(float((5e-324 == a20)))
    if (11 == (41 + 99999)):
        print(len(("x").strip()))
    else:
        a20 ^= ((a21).count(a21) % ((-2 if True else 27) or 2))
        if (a20 >= (13 + 8)):
            a21, p24 = (min(a21, a21) if (not 1.0) else 'ß'), abs(float("-inf"))
            print(((True and False or False) != (g3 <= 0.5)), p24, ('ﬁ0İ.a').strip(), 'A1', end='-')
    for ch25 in 'é1':
        assert bool(('ÀÉÎõü' + ch25)) or True
        print(str(((g1 or g2) * (a20 if False else g3))), g3, g3, g2)
    return ord(chr((pow(g3, 1) % 1114112)))

def f26(a27=(g1 >= -1.0), a28='éσy\x85\n', a29=bool('\x85')):
    print(sep=", ")
    v30 = (a28).strip()
    return (g3 - g3)

def f31(a32):
    global g1, g2
    if (('²' if False else '\\')).isspace():
        a32, p33 = a32, ((g3 ** 4) if (True and True) else len('\t\n '))
        p33 = f19(p33, 'a,b,c')
    else:
        print(f19(-100, "İstanbul"), end=', ')
        print(f26(True, (0 * ('banana' + 'Hello, World')), a29=((False and True or False) != (a32 != g3))), (g3 - a32), (g3 % (a32 or 10)), None)
    pass
    return g2

def rec34(n35, x36):
    if n35 <= 0:
        return round((x36 * x36), -4)
    w38 = 0
    while w38 < 5:
        w38 += 1
        assert (('ABC').center((n35 % 15), '\x85')).isspace(), ('' and '\u3000٣')
        if (('hello' + 'say "hi"')).endswith("日", round(w38, 1)):
            return g3
        v39 = n35
    else:
        assert (("é").rfind('\t\n ', 6, n35) == (x36 / (n35 or 1)))
        assert ((x36 == g1) or (g2 > g2)) or True
    t37 = rec34(n35 - 1, ('').count('o'))
    return (-7)

v40 = (f19(42, ('\t\x85é.B_' + '\x85')) > (-g3))
v40 = (('kK' >= '12') or bool(g1))
print(g3)
g2 = 1.005
print(((g3 >> 31) * ((8 - (-16)) ** 3)))
v40 = (not pow(g3, 1))
rec34(8, ((99999 if v40 else 128) - len('\t\n ')))
print(abs(((g3 >> 32) ^ g3)), '12'[0], (('é日-' + 'Hello, World')).isdigit())
print(('12').replace('\u2028'[-1], "l"), None, sep='\n')
g2, p41, g3 = (f31(-2) * g2), (round(g3) + (127 - g3)), int(3.0)
if (str('\ty²0日A') != ('x').center(-1, 'A')):
    for i42 in range(((+min(g3, p41, g3)) % 6), (g3 % 6), -3):
        f31(((+i42) | g3))
        w43 = 0
        while w43 < 1:
            w43 += 1
            v40 = (i42 > (w43 + w43) > (+(-1000)))
            v44 = 'İ\\"'[-1]
            g1 /= float((g3 << 10))
            g1 = f31(1000)
        else:
            f4(((i42 ** -2) / ((-0.0 % (0.5 or 2.5)) or 3.0)), g2, (((g3, 'hello') if v40 else (22, '\t\n ')) if (5e-324 != g1) else ((1, 'kK') if v40 else (i42, ',\u3000cbßA'))))
            g3 >>= 65
        g3 = min(('a,b,c').count('\n', -1, 2), p41)
        v45 = (chr(65)).rjust((0 % 15), '٣')
elif ((16 // (g3 or 2)) >= round(g3)):
    v46 = ('c本Ω"').endswith('ÀÉÎõü')
    g1 = pow((g3 - 0.0), (-1.0 * g1))
elif ('٣,').endswith(('\\İΩßΣ').replace(' ', 'l')):
    print((g3 - 256), f26((not g2), a29=bool(g3)))
    v47 = (pow(p41, 2) << 6)
else:
    for i48 in range(((min(g3, g3, p41) + (-p41)) % 2)):
        if v40:
            q49, r50 = (divmod(g3, (i48 or 3)) if (31 < g1) else (g3, 3))
        print(((+g2) // (((-1000) - (5 - g3)) or 2)), ((i48 % (('').count('l') or 1)) ^ ((12345 + p41) ** 0)), sep='')
        f8(('12' or 'Hello, World'[5]), i48, f31((i48 % (i48 or 3))))
