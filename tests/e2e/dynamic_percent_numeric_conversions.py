def opt(n):
    return n if n else None
def mixed(k):
    if k == 0:
        return 2.75
    if k == 1:
        return "s"
    if k == 2:
        return True
    return k * 3
a = opt(7)
print("%d|%5d|%x|%o|%.2f|%e|%c|%s|%r" % (a, a, a, a, a, a, a + 58, a, a))
for k in range(4):
    m = mixed(k)
    try:
        print("%d", "%d" % m)
    except TypeError as e:
        print("%d", "TypeError", e)
    try:
        print("%i", "%i" % m)
    except TypeError as e:
        print("%i", "TypeError", e)
    try:
        print("%x", "%x" % m)
    except TypeError as e:
        print("%x", "TypeError", e)
    try:
        print("%.1f", "%.1f" % m)
    except TypeError as e:
        print("%.1f", "TypeError", e)
    try:
        print("%c", "%c" % m)
    except TypeError as e:
        print("%c", "TypeError", e)
    try:
        print("%s", "%s" % m)
    except TypeError as e:
        print("%s", "TypeError", e)
    try:
        print("%r", "%r" % m)
    except TypeError as e:
        print("%r", "TypeError", e)
    try:
        print("%g", "%g" % m)
    except TypeError as e:
        print("%g", "TypeError", e)
    try:
        print("%5.1e", "%5.1e" % m)
    except TypeError as e:
        print("%5.1e", "TypeError", e)
b = opt(0)
try:
    print("%d" % b)
except TypeError as e:
    print("TypeError", e)
try:
    print("%x" % b)
except TypeError as e:
    print("TypeError", e)
try:
    print("%f" % b)
except TypeError as e:
    print("TypeError", e)
try:
    print("%c" % b)
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % b)
except TypeError as e:
    print("TypeError", e)
print("%d" % b)
