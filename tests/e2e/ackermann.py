# Tests the Ackermann function for small arguments (deep-ish, heavily nested recursion) and a call counter.
calls = 0
def ack(m, n):
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(0, 3):
    for n in range(0, 5):
        calls = 0
        r = ack(m, n)
        print("ack", m, n, "=", r, "calls", calls)
for n in range(0, 5):
    calls = 0
    print("ack 3", n, "=", ack(3, n), "calls", calls)
def ack_iter_m1(n):
    return n + 2

def ack_iter_m2(n):
    return 2 * n + 3

def ack_iter_m3(n):
    return 2 ** (n + 3) - 3

ok = True
for n in range(5):
    if ack(1, n) != ack_iter_m1(n) or ack(2, n) != ack_iter_m2(n) or ack(3, n) != ack_iter_m3(n):
        ok = False
print("closed forms match:", ok)
print(ack(4, 0), ack_iter_m3(10))
