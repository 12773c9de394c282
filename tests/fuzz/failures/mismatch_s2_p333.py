# differential_fuzz: MISMATCH (taipan build -O2)
# seed 2, program 333, delta-reduced
# stdout line 1: expected '<missing>', got '-1.0 False False'
# last stderr line: expected 'RecursionError: maximum recursion depth exceeded while calling a Python object', got 'RecursionError: maximum recursion depth exceeded'
g1 = ('²' * (0o303237 % 4))
def rec8(n9, x10):
    if n9 <= 0:
        return ((x10 if False else n9) - ord(chr(945)))
    t11 = rec8(n9 - 1, (len('zA.') or max(x10, x10)))
    print(-1.0, (not t11), (1344504430296862798 == (abs(2.675) if ('-c' > g1 != "٣ß") else 1e309)))
    return 31
v19 = abs(rec8(998, 4))
v19 = rec8(3000, (int(True) and pow(65535, (v19 % 30), 97)))
