# Regression test from the container fuzzer (seed 400); found before its fix.
cnt3 = {}
t11 = [-x for x in cnt3]
t11.append(cnt3.get(-3, -1))
