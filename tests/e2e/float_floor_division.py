# Tests float floor division, modulo and divmod with signs, plus mixed int/float operands.
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-7.5 // -2, -7.5 % -2)
print(7 // 2.0, 7 % 2.0)
print(-7 // 2.0, -7 % 2.0)
print(1.0 // 3, 1.0 % 3)
print(-1.0 // 3, -1.0 % 3)
print(0.0 // 1.0, 0.0 % 1.0)
print(-0.0 // 1.0, -0.0 % 1.0)
print(0.0 % -1.0)
print(5.5 % 1.0, -5.5 % 1.0)
print(10.0 // 0.1, 10.0 % 0.1)
print(3.0 // 0.5, 3.0 % 0.5)
print(1e300 // 1e-10)
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7.5, -2))
print(divmod(-7.5, -2.5))
q, r = divmod(-9.75, 0.5)
print(q, r)
f = 100.0
f //= 7
print(f)
f %= 3
print(f)
g = -100.0
g %= 7.25
print(g)
t = -3.25
while t < 3.5:
    print(t, t // 1, t % 1, t // -1.5, t % -1.5)
    t += 0.75
print(-1e-20 % 1.0)
print(1e-20 % -1.0)
