# A list of values of several types extended by a str or tuple: items boxed.
lst = [0]
lst += "ab"
print(lst)
m = [1.5]
m += (2.5, 3.5)
print(m)
