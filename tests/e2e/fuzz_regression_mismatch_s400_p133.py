# Regression test from the container fuzzer (seed 400); found before its fix.
c1 = {4: 3.0, 5: 123.456, -6: -1.0}
c1[len(c1)] = max({-2.25: 6, 7.75: 5}, default=-1.0)
print((frozenset().symmetric_difference(c1) ^ set(c1)), sep='')
k2 = 'ABC'[:-8]
b3 = []
k2 = f"{ {(0, ''): 'ab', (7, 'a,b,c'): '42'}.copy()}[{['ABC', 'a-b', 'ab', '']} | { {x.count('a'): 0.1 for x in b3}!r:.5}."
b4 = f"x={[x for y in b3 for x in c1]}ok {(k2 in b3)!r}x={list(reversed((tuple(['ñu', 'a,b,c']) * 1)))} end"
print(k2)
print(c1)
print(sorted(set(b3)))
ys5 = ({False: 1}, k2)
c1[(6 // 2)] = (1e-05 / 0.5)
b3[:0] = (list(filter(lambda item: item.startswith('a'), b3)) * 3)
ys5 = ({x % 2 == 0: abs(x) for x in c1}, max(frozenset(['a,b,c', 'b', 'q', 'tab\there', 'tree']), default='dog'))
for it7, j8 in zip(b3, c1):
    print(it7, j8, sep=':')
print('ys5', ys5)
print('c1', c1)
print('b4', b4)
