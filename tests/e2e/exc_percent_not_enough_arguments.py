# % formatting with too few arguments: TypeError, after earlier output.
def label(name, score):
    return "%-6s %5.1f" % (name, score)


print(label("ada", 97.25))
print(label("bob", 8))
print("%s scored %d of %d" % ("eve", 7))
