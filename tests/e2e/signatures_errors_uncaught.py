# Calling with a keyword the function does not take ends the program.
def move(x, y, *, speed=1):
    return (x * speed, y * speed)

print(move(1, 2))
print(move(1, 2, speed=3))
print(move(1, 2, velocity=3))
