# Regression test from the container fuzzer (seed 400); found before its fix.
a1 = ('b', ('ABC', 3, -0.0))
u2, u3 = a1
cnt5 = {}
for it4 in [{63: 0.5}, {0: 1e+16, 87: 1.5, 1: 1e+16, 3: 7.75, 65: 123.456}, {95: 1e+16, 2: 1e-05}, {2: 3.0, -1: -2.25, -5: 1.5, 4: 1.5, 12: 0.1, 6: 1e-05}, {10: -2.25, 57: -2.25, 4: 10.0}, {5: 0.1, 3: 1e+16, -45: 123.456}][:]:
    cnt5[str(it4)] = cnt5.get(str(it4), 0) + 1
print(a1)
print(tuple(sorted(set().union(frozenset({False, True})))))
print(cnt5)
print(sorted(cnt5.items(), key=lambda kv: (-kv[1], kv[0])))
k6 = list(({12, -43} ^ ({49, 4} & frozenset([11, 12]))))
p7 = a1[0]
k6.sort(reverse=True)
while k6:
    tmp8 = k6.pop()
    print(tmp8, len(k6))
xs9 = [x for y in cnt5 for x in k6]
print(cnt5)
print(u3, u2)
def g10(seq):
    if len(seq) <= 1:
        return list(seq)
    return g10(seq[1:]) + [seq[0]]
print(g10(xs9))
print(k6)
p11 = ((frozenset({frozenset([-4, 12]): 'ABC', frozenset([0, 1, 8]): 'Dog', frozenset({-58, 11}): 'x y', frozenset({-36, -62, -7, 1, 4, 5}): 'Dog'}) - ({frozenset({-93, 2, 3, 5, 76}), frozenset({-2, 2}), frozenset([-86]), frozenset([0]), frozenset([-78, 10, 2, 9]), frozenset({10, 12, 3, 6})} & frozenset([frozenset(), frozenset([0, 2, 25, 6]), frozenset([-27, -28, -55, 0, 3, 94])]))), (max(xs9, default=6) - (6 % 7)), xs9, sum(len(w) for w in cnt5))
xs12 = 'ñu'
xs9, k6 = k6, xs9
print(str(set(k6)))
print(sum([0.5].copy(), 0.0))
print(sorted(cnt5.items(), key=lambda kv: (-kv[1], kv[0])))
print(f" | {u3[0]!s}: {tuple([True, True, False, False])[:5:-3]} end")
u2 += str((True, "it's", -11))
print(k6)
print(u3[0], (6, (2.5, 2.5, 1.5)), (not u3[0]), sep=',')
cnt5[xs12] = 2
print(f"[{((tuple(['cat', ' pad ', 'zz', 'ñu']),) + ([-46, -98, 8],))!r}[{[(6, 'b'), (-56, 'mid'), (9, '42')]}x={(xs12, ('x y', -56, 0.2))!s} end")
print('a1', a1)
print('p7', p7)
print('u2', u2)
