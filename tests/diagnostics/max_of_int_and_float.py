# The result type of max() over an int and a float depends on the values: needs the dynamic tier.
print(max(1, 2.5))
