# Tests an uncaught ValueError from chr() out of range; expect "ValueError: chr() arg not in range(0x110000)", exit 1.
code = 0x10FFFD
while True:
    print(code, ord(chr(code)))
    code += 1
    if code > 0x10FFFF:
        print("going past the maximum code point")
        print(chr(code))
        break
print("unreachable")
