def total(*numbers):
    return sum(numbers)
values = [1, 2, 3]
print(total(*values, 4))
