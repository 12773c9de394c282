# `d.get(k)` without a default gives the value or None (a value of the
# dynamic tier); adding to None raises CPython's TypeError.
ages = {"ann": 31, "bob": 27}
age = ages.get("cy")
print(age + 1)
