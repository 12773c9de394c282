def half(n):
    if n % 2 == 0:
        return n // 2
    return None
print(half(4) + 1)
