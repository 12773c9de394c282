def describe(n):
    result = 0
    if n > 0:
        result = "positive"
    return result
print(describe(3))
