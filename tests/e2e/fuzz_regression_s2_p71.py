# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 71, delta-reduced
# stdout line 1: expected '5-\t\t\t\t\t-7', got '6-\t\t\t\t\t-7'
g1 = 0x1869f
def f2(a3=abs(-0.0), a4=g1, a5=False):
    print(((',İ\x85'[-2]).count(("").replace('é', 'ß', -1), 5) + ((g1 and g1) & a4)), ('-7').rjust(7, '\t'), sep='-')
f2(0.125, a4=(+(5 if True else g1)))
