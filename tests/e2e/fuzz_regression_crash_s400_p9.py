# Regression test from the container fuzzer (seed 400); found before its fix.
k1 = 6
k4 = dict(zip([], list(zip([83, 44, 12], ({8, 3, 44, 38, 1, 0} & frozenset({-3, -53, -67, 51, 7}))))))
k5 = sum(tuple(sorted((frozenset([1, 4, 73, 9]) - frozenset()))))
k4[(True, 'tree', k5)] = (k5, k1)
print([[y[2], y[2]] for y in k4], min({(str(w[0]), str(w[0]), tuple()) for w in k4 if not w[0]}, default=('x y', 'é', tuple([4, 4, 11, 43]))))
