# Regression test from the container fuzzer (seed 400); found before its fix.
m1 = max(({e / 4 for e in [-1, 7, 1, 78]} - set([7.75, 1.5]).intersection({1e+16: 'Dog', 0.2: ''})), default=-2.25)
m1 = (m1 + (m1 * m1))
print(f"[{((True, True, -4) + ({-4, -62, -5, 0},))}x={'ABC'[:]}ok {min([0.0, 0.5, 0.2], default=3.0)} end")
m1 -= float(-1)
m1 = m1
def f2(items):
    out = []
    for it in items:
        out.append(it)
        out.append(it)
    return out
print(f2((set([tuple([3.0, 0.1, 3.0, 1.5]), tuple([0.1, 0.5, 1e+16, 2.5]), tuple([3.0, 2.5]), tuple([0.2, 0.5])]) & {tuple([0.1]), tuple([]), tuple([10.0, 1e-05, 0.0])})))
s3 = [tuple([-8, 2])]
cp4 = list(s3)
cp4.append(tuple())
print(cp4)
print(m1)
s3.remove(tuple([-8, 2]))
k5 = (tuple([False, False, True, False]) * 2)[::-1]
print(m1)
print(tuple(['back\\slash']), max(sum([62, 3, 6]), max(tuple([0, 8, 1]), default=2)))
print(s3)
cp4 = [tuple([5]) for item in k5 if item]
s6 = dict(enumerate(list([]))).copy()
cp4.extend(s3)
print(m1)
ys7 = []
del ys7[:]
print(k5)
for it8, j9 in zip(ys7, k5):
    print(it8, j9, sep=' ')
print(dict(zip(s6, (tuple() * 1))), dict(enumerate(['dog', '', ' pad ', 'a-b', ''])), sep='')
for k10, v11 in s6.items():
    print(k10, v11)
print(f"x={s3}ok {dict(zip(cp4, k5))!r:<25} end")
print(cp4)
cp4 = [w for w in s3]
print(sum(k5))
cp4.extend(cp4)
print(s6)
s3, cp4 = cp4, s3
def f12(xs, v):
    xs.append(v)
    return len(xs)
print(f12(cp4, tuple(sorted(s6))), cp4)
print(k5)
print(sorted(s6.items(), key=lambda kv: (kv[1], kv[0])))
print(str(['ABC', '42', 'x y', 'Dog']).count('a'), ('mid'.rstrip().isalpha()))
print(k5)
print('ys7', ys7)
print('cp4', cp4)
print('k5', k5)
