# Function and class granularity (an adversarial review's program), checked
# against python3.
LIMIT = 10
NAME = "start"
PAIR = (1, 2)

def before(x):
    return x + 1

def mixer(n):
    # uses eval -> CPython; calls native helpers before and after; reads globals
    acc = []
    for i in range(n):
        acc.append(eval("before(i) * after(i)") + LIMIT)
    return acc, NAME, PAIR[0] + PAIR[1]

def after(x):
    return x * 3

def bump():
    global LIMIT, NAME, PAIR
    LIMIT += 100
    NAME = NAME + "!"
    PAIR = (PAIR[1], PAIR[0] * 10)

print(mixer(4))
bump()
print(mixer(2))
LIMIT = -1
NAME = "direct"
print(mixer(1))
for k in range(3):
    bump()
    print(k, mixer(1))
