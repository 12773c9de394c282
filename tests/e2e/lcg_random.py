# Tests a linear congruential generator and xorshift with bit masks, producing deterministic pseudo-random stats.
state = 42
MASK32 = 0xFFFFFFFF
def lcg():
    global state
    state = (state * 1664525 + 1013904223) & MASK32
    return state

def rand_range(lo, hi):
    return lo + (lcg() >> 16) % (hi - lo)

def rand_float():
    return lcg() / 4294967296.0

xs = 2463534242
def xorshift32():
    global xs
    xs ^= (xs << 13) & MASK32
    xs ^= xs >> 17
    xs ^= (xs << 5) & MASK32
    return xs

for i in range(8):
    print("lcg", lcg())
for i in range(8):
    print("xorshift", xorshift32())
b0 = 0
b1 = 0
b2 = 0
b3 = 0
for i in range(10000):
    r = rand_range(0, 4)
    if r == 0:
        b0 += 1
    elif r == 1:
        b1 += 1
    elif r == 2:
        b2 += 1
    else:
        b3 += 1
print("buckets", b0, b1, b2, b3, b0 + b1 + b2 + b3)
inside = 0
N = 20000
for i in range(N):
    x = rand_float()
    y = rand_float()
    if x * x + y * y < 1.0:
        inside += 1
print("pi estimate", 4.0 * inside / N)
lo = 1.0
hi = 0.0
for i in range(1000):
    f = rand_float()
    lo = min(lo, f)
    hi = max(hi, f)
print("float range", lo, hi)
walk = 0
maxw = 0
minw = 0
for i in range(5000):
    if xorshift32() & 1:
        walk += 1
    else:
        walk -= 1
    maxw = max(maxw, walk)
    minw = min(minw, walk)
print("walk", walk, maxw, minw)
dice = ""
for i in range(20):
    dice += str(rand_range(1, 7))
print("dice", dice)
print("final", state, xs, state >> 16, (state >> 8) & 0xFF, state & 0xFFFF)
