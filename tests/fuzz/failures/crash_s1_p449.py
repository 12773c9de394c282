# differential_fuzz: CRASH (taipan build -O2)
# seed 1, program 449, delta-reduced
# taipan build rc=1: error[internal]: merging tuple[never, bool, bool] into tuple[int, bool, bool]
g1 = (128 % (39 or 10))
g2 = (47 % (g1 or 10))
g3 = str(g2)
def f5():
    return g1
def rec22(n23, x24):
    t25 = rec22(n23 - 2, (x24 if (not 'a,b,c') else (x24 if False else (n23, True, False))))
rec22(6, (f5(), (False and False), (g3 <= 'ÀÉÎõü')))
