# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 112, not reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g1 = (9007199254740993 * 3)

def f2(a3=chr((g1 % 1114112)), a4=(True and "'İ" or ' ﬁé'), a5=(-4.842330100164165e+254 <= g1)):
    global g1
    g1 >>= (g1 % 70)
    if (a5 or ('a,b,c' < ',Σ٣BB')):
        if ((a4).strip()).startswith('an'):
            g1 &= ((g1 % ((-2) or 10)) + ord(chr(233)))
        print(end=', ')
    elif False:
        print('日本語'[-1])
    elif (a3 >= str(True)):
        if (g1 > g1 > round(6.02e+23, 4)):
            return (((g1 * g1) % (abs(g1) or 2)) == round((+3.0), 5))
    return ((0.2 != 0) and (g1 < g1))

if __name__ == "__main__":
    f2('é', chr((g1 if False else g1)), (('banana').rstrip() >= 'ΣΑΣ' > str(0.30000000000000004)))
    q6, r7 = divmod(('\\').count('abab', 5, 0b11111111), (True and g1 or g1))
    if ((q6 + q6) >= ('😀x').count('ab')):
        print(((0.30000000000000004 - 0.2) and 4.35))
    elif ((-0.125) <= 5):
        for ch8 in '---':
            q6 = (-7)
            print((ord('.') >= round((-2147483648), -3)))
            g1, p9 = g1, (('\\' + ch8)).rstrip(((q6 % 4) * 'ÀÉÎõü'))
        assert (',y' < ('abc').replace('é', ' ') >= '') or True
    elif bool(chr(65 + (q6 % 26))):
        assert (255 < 13) or True, ',1.'
    print(-29, ((('straße').count('B\\', -3) and g1) + float((1e+22 - 0.1))), -51559754.80625823, None)
    print(((q6 ** 3) << (int('0', 0) % 8)), str((len('ΣΑΣ') + len('Σ '))), 64, len("x y z"))
    v10 = (((99999 ^ q6) * (0b111 & 8)) ** 2)
    f2()
    q6 *= ((4611686018427387904 + 99999) - ((-10) - q6))
    f2((("-" + "it's") * (g1 % 4)), '1٣ﬁ0A😀', ((12.92 or -19.361) < g1 != round(5e-324, 1)))
    for i11 in range(0, 2, 3):
        g1 = (round((+float('-inf'))) - (min(i11, 99999) - 4))
        f2("", ('0\t-z').replace(('y').center((g1 % 15)), 'x'), (str('')).isspace())
        pass
        continue
    else:
        print(((('-').find('\\') + 0) if ((1.005 * 14e-10) == (g1 * 100)) else (int(False) // ((33 - g1) or -7))), ord('0'[0]), -100)
    w12 = 0
    while w12 < 3 and (g1 != 1.0332376603204966e-20):
        w12 += 1
        v13 = (('B Ω٣-\\').rjust((0o100 % 15)) * ((v10 // (32 or 10)) % 4))
    v14 = None
    v15 = pow(r7, 3)
    assert True or True
