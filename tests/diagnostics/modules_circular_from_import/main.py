import first

print(first.greeting())
