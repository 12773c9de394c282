# Tests inf, nan and negative zero: arithmetic, comparisons, abs, and printing.
inf = float('inf')
ninf = float('-inf')
nan = float('nan')
print(inf, ninf, nan)
print(inf + 1.0, inf - inf, inf * 0.0, inf * -2.0)
print(1.0 / inf, -1.0 / inf, inf / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= 0.0)
print(nan + 1.0, nan * 0.0, -nan)
nz = -0.0
pz = 0.0
print(nz, pz, nz == pz, nz < pz, -pz, -nz)
print(abs(nz), abs(-inf), abs(inf), abs(-1.5))
print(nz + 0.0, nz + nz, nz * 5.0, pz * -5.0, nz - 0.0)
print(0.0 * -1, -0.0 * -1)
print(str(nz), str(-nz), str(inf), str(ninf), str(nan))
print(1e308 + 1e308, -1e308 - 1e308)
print(1e-320 / 1e10, 5e-324 / 2.0, -5e-324 / 2.0)
print(bool(nan), bool(inf), bool(nz), bool(pz))
print(max(inf, 1.0), min(ninf, -1e308))
print(float('Infinity'), float('-INF'), float('  inf  '), float('nan'), float('-nan'))
print(inf if inf > 0.0 else ninf)
x = 1.0
n = 0
while x != inf:
    x *= 2.0
    n += 1
print("doublings to inf:", n)
y = 1.0
m = 0
while y > 0.0:
    y /= 2.0
    m += 1
print("halvings to zero:", m)
print(round(-0.4), round(-0.0), round(-0.4, 1), round(-0.04, 1))
print(int(-0.9), int(-0.0), float(int(-0.5)))
print(-0.0 // 1.0, 0.0 // -1.0, -0.0 % 1.0)
