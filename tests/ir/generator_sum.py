def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1


total = 0
for value in squares(10):
    total += value
print(total)
