# Tests binary search variants: exact search, lower/upper bound, searching rotated arrays, and integer square roots.
def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def find(xs, target):
    i = lower_bound(xs, target)
    return i if i < len(xs) and xs[i] == target else -1

data = [1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34]
for t in [0, 1, 3, 4, 8, 21, 34, 50]:
    lb, ub = lower_bound(data, t), upper_bound(data, t)
    print(f"t={t:2d} lb={lb:2d} ub={ub:2d} count={ub - lb} find={find(data, t)}")

def search_rotated(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[lo] <= xs[mid]:
            if xs[lo] <= target < xs[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if xs[mid] < target <= xs[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1, steps

rot = [15, 18, 22, 27, 31, 2, 4, 7, 9, 11]
print([search_rotated(rot, t) for t in [15, 31, 2, 11, 8, 27]])

def isqrt(n):
    lo, hi = 0, min(n, 3037000499)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

print([isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 12, 2 ** 61]])
def first_true(lo, hi, limit):
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * (mid + 1) // 2 >= limit:
            hi = mid
        else:
            lo = mid + 1
    return lo
print([first_true(0, 10 ** 6, lim) for lim in [1, 10, 100, 5050, 5051, 10 ** 9]])
insert_into = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insert_into.insert(upper_bound(insert_into, v), v)
    print(insert_into)
