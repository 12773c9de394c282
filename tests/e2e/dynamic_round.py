# round() of boxed numbers, with and without digits, ending in CPython's
# TypeError for None.
vals = [2.567, 3, True, None]
for v in vals[:3]:
    print(round(v), round(v, 1), round(v, -1))
print(round(vals[3]))
