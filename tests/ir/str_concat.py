def greet(name):
    return "hello, " + name.upper()
print(greet("taipan"))
