# A misspelt global name: NameError with CPython's "Did you mean" suggestion.
def average(values_total, count):
    return values_total / count


total = 10
print(average(total, 4))
print(totl)
