# Regression test from the container fuzzer (seed 400); found before its fix.
print(set().pop())
