# Tests Collatz sequence lengths, searching for the longest chain and the peak value.
def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def collatz_peak(n):
    peak = n
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        peak = max(peak, n)
    return peak

def collatz_rec(n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + collatz_rec(n // 2)
    return 1 + collatz_rec(3 * n + 1)

for n in range(1, 16):
    print(n, collatz_len(n), collatz_peak(n), collatz_rec(n))
best = 0
best_n = 0
for n in range(1, 30000):
    l = collatz_len(n)
    if l > best:
        best = l
        best_n = n
print("longest below 30000:", best_n, best)
print("27:", collatz_len(27), collatz_peak(27))
print("837799:", collatz_len(837799), collatz_peak(837799))
print("big:", collatz_len(2 ** 40 + 1), collatz_rec(97), collatz_peak(97))
seq = ""
n = 6
while n != 1:
    seq += str(n) + " -> "
    n = n // 2 if n % 2 == 0 else 3 * n + 1
seq += "1"
print(seq)
