# A fannkuch-style flip loop: the permutation copy goes inline, indices in
# range take one unsigned comparison, and the flip swaps pairs in a rolled
# loop marked `llvm.loop.unroll.disable`.


def flips(base):
    perm = []
    perm = base[:]
    count = 0
    first = perm[0]
    while first != 0:
        perm[:first + 1] = perm[first::-1]
        count += 1
        first = perm[0]
    return count


print(flips([3, 1, 4, 0, 2]))
