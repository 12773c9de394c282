ages = {"ann": 31, "bob": 27}
age = ages.get("cy")
print(age + 1)
