# differential_fuzz: MISMATCH (taipan build -O2)
# seed 3, program 222, delta-reduced
# last stderr line: expected 'RecursionError: maximum recursion depth exceeded in comparison', got 'RecursionError: maximum recursion depth exceeded'
g2 = (False and False)
def rec13(n14, x15):
    assert (g2 or ('\u3000x\u3000' > 'a\nb')), '\x1c'
    t16 = rec13(n14 - 1, x15)
print(((8711119437326121903 // 8) ^ ('').rfind(' ', -5)), ((99999 if True else -3) << (rec13(1000, 255) % 8)), sep='')
