def range_sum(n):
    total = 0
    for i in range(n):
        total += i
    return total
print(range_sum(10))
