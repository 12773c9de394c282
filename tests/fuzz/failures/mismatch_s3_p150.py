# differential_fuzz: MISMATCH (taipan build -O2)
# seed 3, program 150, delta-reduced
# stdout line 1: expected "('\\x85', False, 19) b1111111111111 19", got "('\\x85', False, 19) b 19"
g2 = 19
print((('\t\n', False, 127) if False else ('\x85', False, g2)), (('b').ljust((('ß').rfind('', 5) % 15), '1')).replace('l', "0Ω'é'\\", 1), g2)
