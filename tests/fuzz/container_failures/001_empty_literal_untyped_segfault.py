# container_fuzz: CRASH. An empty literal whose element type nothing in the program fixes
# (here `b = []`, never appended to) crashes the compiled program with SIGSEGV when it goes
# through tuple(); the same happens for `print(sum([]))`, `print(tuple([]))`,
# `print(sum(()))` and `print(sorted(set(), key=lambda x: -x[1]))`.
# Expected (CPython): prints "()" and exits 0.
# Actual (taipan build -O2 and -O0): no output, killed by SIGSEGV (exit status 139).
b = []
print(tuple(b))
