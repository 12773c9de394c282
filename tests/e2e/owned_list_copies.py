# `v = source[:]` may reuse the list v held when nothing else can refer to
# it; every way of sharing the old list must keep CPython's behaviour.

def reused_in_loop(n):
    base = list(range(n))
    total = 0
    for i in range(5):
        work = base[:]
        work[i % n] = -1
        work.append(i)
        total += sum([x for x in base]) + len(work) + sum(work)
        base[0] += 1
        print(work, max(work), sorted(work), list(work), tuple(work), 3 in work)
    return total


print(reused_in_loop(4))


def grows_and_shrinks():
    small = [1, 2]
    large = list(range(40))
    v = small[:]
    out = []
    for source in (large, small, large, [], small):
        v = source.copy()
        v.append(len(v))
        out.append(len(v))
        out.append(sum(v))
    return out


def max_of_two_returns_one_of_them():
    a = [1, 2]
    v = a[:]
    w = [0]
    bigger = max(v, w)
    v = a[:]
    v[0] = 5
    return bigger, v


print(grows_and_shrinks())
print(max_of_two_returns_one_of_them())


def aliased_by_another_name():
    a = [1, 2, 3]
    v = a[:]
    alias = v
    v = a[:]
    v[0] = 99
    return alias, v


print(aliased_by_another_name())


def stored_in_a_list():
    keep = []
    a = [1, 2]
    v = a[:]
    for i in range(3):
        keep.append(v)
        v = a[:]
        v[0] = i
    return keep, v


print(stored_in_a_list())


def iterated_while_rebound():
    a = [1, 2, 3]
    v = a[:]
    seen = []
    for x in v:
        seen.append(x)
        v = [7, 8, 9][:]
    return seen, v


print(iterated_while_rebound())


def passed_to_a_function(helper):
    a = [5, 6]
    v = a[:]
    result = helper(v)
    v = a[:]
    v[1] = 0
    return result, v


def first_and_list(items):
    return [items[0]] + items


print(passed_to_a_function(first_and_list))


def returned():
    a = [1]
    v = a[:]
    return v


r1 = returned()
r2 = returned()
r1.append(2)
print(r1, r2)


def captured_by_lambda():
    a = [3, 1, 2]
    v = a[:]
    key = lambda i: v[i]
    order = sorted(range(3), key=key)
    v = a[:]
    v.reverse()
    return order, v


print(captured_by_lambda())


def self_copy():
    v = [1, 2, 3]
    v = v[:]
    v = v.copy()
    return v


print(self_copy())


def unbound_first(first):
    a = [4, 5]
    total = 0
    for i in range(4):
        if i >= first:
            v = a[:]
            total += v[0] + len(v)
            v[0] = i
            total += v[0]
    return total


print(unbound_first(1), unbound_first(3))


def fannkuch_like(n):
    perm1 = list(range(n))
    flips_total = 0
    for rotation in range(n * 3):
        perm = perm1[:]
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips_total += 1
            k = perm[0]
        perm1 = perm1[1:] + perm1[:1]
        if rotation % 2:
            perm1[0], perm1[-1] = perm1[-1], perm1[0]
    return flips_total, perm1, sum(perm)


print(fannkuch_like(7))

strings = ["a", "b"]
copies = []
for _ in range(3):
    copy = strings[:]
    copies.append(copy)
    copy.append("c")
print(copies)


def str_lists():
    words = "x y z".split()
    w = words[:]
    w[0] = "changed"
    w = words[:]
    w.append("more")
    return words, w


print(str_lists())
