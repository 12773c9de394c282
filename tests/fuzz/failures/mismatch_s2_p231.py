# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 231, not reduced
# last stderr line: expected 'OverflowError: Python int too large to convert to C int', got 'ValueError: chr() arg not in range(0x110000)'
g1 = (-2 and 3)
g2 = 2147483648
g3 = g1

def f4(a5):
    pass
    v6 = False
    assert (a5 <= chr(127)) or True, chr((13 % 1114112))
    for i7 in range(3, (g3 % 7)):
        for ch8 in 'a':
            print(None, 9007199254740992.0)
        v9 = ((~(i7 - i7)) + (round(g3, -4) + g2))
        v6 = (a5).isdigit()
    return a5

def f10(a11):
    global g3
    v12 = "本ß"[-1]
    g3 = (g1 ^ g1)
    print(g3)
    v13 = (((100 % (g3 or 3)) and (v12).find('é')) + (('\u2028').rfind(v12, (-9223372036854775807 - 1)) - (4 >> (g1 % 80))))
    print('')
    return (((g1 % ((30 + g3) or 10)) % 4) * v12)

if False:
    print(1)
    assert (('straße').ljust(11)).endswith('\n') or True, 'ﬁre'
elif (('x y z').isspace() and (True if True else True)):
    assert (('a,b,c').strip() > ('').replace("x", 'ß')) or True, ('éﬁΩ\tσ').replace("a", '😀')
    print(('say "hi"').rfind('\n', 6, 10), (+g3), 'Ωμέγα', sep='::')
elif (float(-33.47152) != 100.0):
    q14, r15 = divmod(min(-float('inf'), -179.47), (+547.9084))
v16 = (abs((-g1)), ('\u2028').center(-1), 1.0)
v16 = (((+g3) - (g3 // 5)), (chr(g2)).ljust((min(-2592741313537847058, g2) % 15)), 245.8816)
v17 = (((-1.0,) if True else (46e-25,)) if ('.').startswith(",ß") else ((0.125,) if False else (980.16,)))
for i18 in range((((False and 16 or 13) >> 65) % 4), -3):
    print(sep='\n')
    if (round(-301.0, -1) == 3.14159):
        print(-7.75, (g1 >= (g1 - 0)))
    elif (float(3.14159) <= round(0.30000000000000004) < (g2 + -5)):
        for ch19 in 'ÀÉÎõü':
            print((1.0,), ord(chr(65 + (256 % 26))), (g1 - (-8029586631946860237)))
            g2 = (ord(('0').center((g3 % 15), '0')) // ((255 - max(i18, g2, i18)) or 2))
            if ('é' not in '\t\nß,b'):
                break
            g1 = (2147483647 + 34)
        else:
            if (('a,b,c').ljust(6) <= f4('ΩΩ"Bc_')):
                continue
else:
    pass
v20 = -1.0
u21, u22, u23 = v16
g3, g2 = g2, g3
