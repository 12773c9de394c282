counter = 0

def bump(step=1):
    global counter
    counter += step
    return counter

bump()
print(bump(step=5))
