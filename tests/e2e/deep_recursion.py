# Tests recursion depth around 900 frames (below CPython's default limit of 1000).
def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)

def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + 2)

def float_chain(n):
    if n == 0:
        return 1.0
    return float_chain(n - 1) * 1.001

def str_depth(n):
    if n == 0:
        return ""
    return str_depth(n - 1) + chr(ord("a") + n % 26)

def max_depth(n, best):
    if n == 0:
        return best
    return max_depth(n - 1, max(best, (n * 7919) % 1000))

print(depth_sum(900))
print(count_down(900, 0))
print(float_chain(900))
s = str_depth(900)
print(len(s), s[0], s[899], s.find("xyz"))
print(max_depth(900, -1))
for d in range(100, 901, 200):
    print(d, depth_sum(d), count_down(d, 1))
def ackish(n, m):
    if n == 0:
        return m
    return ackish(n - 1, m + n % 3)

print(ackish(850, 0))
def alternating(n):
    if n == 0:
        return 0
    if n % 2 == 0:
        return alternating(n - 1) - n
    return alternating(n - 1) + n

print(alternating(899), alternating(900))
