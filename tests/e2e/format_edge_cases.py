# Format-spec corners found by the formatting fuzzer, each checked against CPython.
x = True
print(f"{float('-inf'):z}|{float('-inf'):z.2f}|{-0.0:z}|{-0.0001:z.2f}")
print(f"{65:05c}|{65:=5c}|{65:<3c}|{66:^5c}|")
print(f"{2.5:.0}|{100.0:.3}|{123456789.125:.9}|{-0.0:.1}|{1.5:.3}|{0.0001:.2}")
print(f"{1e+16:#}|{1e-07:#}|{100.0:#.3}|{2.0:#}|{12.0:#.5}")
print(f"{x:>5}|{x:d}|{x:x}|{False:+}|{x}")
print("%ld|%hd|%Lf|%5.1lf" % (1, 2, 2.5, 3.25))
print("{0!r:>5}|{1!s}|{!r}".format("a", 2) if False else "{0!r:>5}|{1!s}".format("a", 2))
