# differential_fuzz: MISMATCH (taipan build -O2)
# seed 1, program 453, not reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g1 = 'ΣΑΣ'
g2 = chr(920547374634396783)

def f3():
    global g1
    print((-46))
    g1 = str(chr((-1000 % 1114112)))
    g1 = (g2).strip()
    return max(pow(len(g1), 16, (~(-3118218029898285015))), ((g1 > g1) and 1000 or (9223372036854775807 ^ 12345)), -1000)

def f4(a5, a6):
    global g1
    v7 = ((g1 if False else g1)).ljust(((127 - a5) % 15), "'")
    w8 = 0
    while w8 < 4 and (a5 >= a5 >= 2.5):
        w8 += 1
        print(((g2 + 'hello') > (a6).replace("it's", "a", 2)), end='::')
        v9 = ((g1).count(g2) + min(a5, a5))
    w10 = 0
    while w10 < 5:
        w10 += 1
        v11 = ((a5 - w10), min(w10, w10, a5))
    return (not ('é').upper())

def f12(a13=g1, a14=((-463.7, 256, g1) if True else (-0.5, 8, g2))):
    for ch15 in 'b':
        p16, p17 = 7, min(-1000, (-2118874199708774575), (0b1 - -3923586058242775808))
    v18 = ('1').replace(g1, '😀')
    if (g1 >= str(1.0) != ('ﬀ' or a13)):
        v19 = chr(65 + ((5 - -9007199254740993) % 26))
        v18 = ((pow(3, 3) % 4) * chr((8 % 1114112)))
        v20 = (63 % (ord(chr(max(7, (-47), 65535))) or 3))
    p21, p22, p23 = max(("Hello, World").upper(), (a13).replace(v18, v18, 3), str(1e+22)), (-2), None
    assert ((p22 < p22 < float('inf')) or (not False)) or True
    for i24 in range(-2, 0, 2):
        v25 = ((str(None)).rstrip('é')).startswith('x')
        print(((-1.0 * -795.12191), i24, 5e-324))
        p21, p26 = (1 * g2[3]), int(min(53e-26, 6e-4, 3.0))
        v27 = (p22 == (p22 - p22))
    else:
        print("Ωxx", end='\n')
    return max(str(p22), (a13).ljust(1, 'σ'))

def f28():
    pass
    v29 = max("İ.a本'", ((0 * '0') + str(False)))
    q30, r31 = ((True and -2.5 or -2.5), 2.675)
    pass
    r31 = round(q30, 6)
    return g2

print(2.675, -0.0)
assert ((g1).find('aa') < float(0.30000000000000004)) or True, g2
print(bool((123456789.125 + (31e3 if True else 28e-28))), 'aaa')
v32 = ((str(40)).isdigit(),)
g1 = g2
g2 = chr(65 + (2 % 26))
