def total(xs, acc=None):
    if not xs:
        return acc
    acc = (acc or 0) + xs[0]
    return total(xs[1:], acc)
print(total([1, 2, 3]))
print(total([]))
