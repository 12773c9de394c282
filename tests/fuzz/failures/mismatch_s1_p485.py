# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 485, not reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g1 = ('İ' and 'ΣΩBσ')
g2 = (g1).find('\n')

def f3(a4, a5):
    global g1
    v6 = g2
    w7 = 0
    while w7 < 4 and (v6 <= a4 == 827.0):
        w7 += 1
        g1 = (chr(223) + 'ÀÉÎõü')
    else:
        if (('-7' + 'xb1') <= str(a4)):
            return ''
        if (str(a4) >= (a5 and g1)):
            v8 = 4
        else:
            g1 += (a5).rstrip()
            print(a5, min((~v6), int('7fffffffffffffff', 16)))
    return min(max(g1, '²'[-1], max(g1, a5)), "")

def f9(a10=g2, a11=g2, a12=("").endswith('ß')):
    if ((a12 and 1e309 or 1.5) < 1.0):
        if ('aa' in g1):
            w13 = 0
            while w13 < 1 and (9.5 <= a10):
                w13 += 1
                if ((-406661797959730679) > ('"-éc').count("Ωμέγα")):
                    return int("999999999999999999")
        elif (round(-0.0, 3) >= int('9223372036854775807')):
            print(((a11 % (32 or 10)) / min(1.5, 4.35, -328.643)))
        else:
            assert False
    elif ((g1 != '\u3000x\u3000') and ('aa' in g1)):
        print(g1, None, (g2 * 100))
    elif a12:
        if (not a10):
            return (~g2)
    if (64 == -1.1195501876274676e-221):
        a10 = pow(a11, 3)
    elif (-1.0 <= a10):
        v14 = (3 + ((3 % (100 or 3)) << 3))
    elif (('\u3000,σΣ01' + g1) <= (g1 + g1) <= g1):
        q15, r16 = divmod(-41, ((63 * a11) or 3))
        q15 = ((41 - g2) and a10)
    else:
        v17 = len("²'1")
    w18 = 0
    while w18 < 5:
        w18 += 1
        if bool(min(12345, g2)):
            print(((--876.0) ** -1), (4096 + (-37 - 10)))
            p19, p20, p21 = ((g1 and g1) < g1[w18 % (len(g1) or 1)]), ((g1).rjust((a10 % 15), '\\')).lstrip(), (-(a10 % g2))
            for ch22 in g1:
                p21 = ord(chr(65536))
                break
                if ('本\tB٣ß' > ch22 <= 'ß٣0\x85'[1]):
                    continue
                q23, r24 = ((a10 - -2.5), abs(5e-324))
        else:
            p25, a11, a12 = ((g2 - w18) - abs(4096)), ((g2 // (13 or 2)) and a11), (("😀").strip() != '\t\n ')
    else:
        v26 = -707.74
    return ((1000 ** 3) - (a11 if False else g2))

def rec27(n28, x29):
    if n28 <= 0:
        return ((-25 | x29) if (True and False) else (g2 | n28))
    if ('a' in str(n28)):
        return round(((not True) and (n28 % (1000 or 10)) or (g2 + 1)), -2)
    v31 = "A"
    t30 = rec27(n28 - 1, 99999)
    print(end='::')
    return ord('ﬀ'[0])

if __name__ == "__main__":
    v32 = "Hello, World"
    print(('é').rjust(6, 'ﬁ'), int("7fffffffffffffff", 16))
    g2 = (g2 if False else g2)
    for i33 in range((int("1_000") % 7), 0, -2):
        f9()
        print(("it's").rfind('\n', i33, (-10)), v32, float((('ab' not in v32) or (not i33))), ((0.5 - 27) == (9007199254740992.0 / (2.2250738585072014e-308 or 1.0)) <= (g2 ^ g2)))
    else:
        v34 = chr(2047)
    pass
    v35 = (((v32 + 'straße')).replace('é', '\n')).rstrip('é')
    v32 += f3(round(3.14159, -3), str((-19)))
    print(((g2 - 255) | ord(chr(4085926048066424892))), (32 - g2))
    if ('\x00').endswith(g1):
        pass
        print(1.5, int('ff', 16), (99999 * 8))
        g2, p36, p37 = ord(g1[(g2 - g2) % (len(g1) or 1)]), g2, float('-inf')
    else:
        print(-float('inf'))
    g1 = (('ﬀ').center(((~g2) % 15), ' ') + f3(-161.6, (v32).center((31 % 15))))
    q38, r39 = divmod((v32).rfind(' '), (g2 - g2))
