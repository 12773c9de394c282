# Tests module-level globals read inside functions and modified via the `global` statement.
counter = 0
total = 0.0
log = ""
LIMIT = 5
enabled = True

def bump():
    global counter
    counter += 1
    return counter

def add(x):
    global total
    total += x

def record(msg):
    global log
    if log != "":
        log += ";"
    log += msg

def read_only():
    return LIMIT * 2 + counter

def toggle():
    global enabled
    enabled = not enabled
    return enabled

def reset():
    global counter, total
    counter = 0
    total = 0.0

print(counter, total, log, LIMIT, enabled)
for i in range(LIMIT):
    bump()
    add(i * 0.5)
    record("step" + str(i))
print(counter, total, log)
print(read_only())
print(toggle(), toggle(), toggle(), enabled)
reset()
print(counter, total)
def shadow():
    counter = 100
    return counter

print(shadow(), counter)
def fib_memo_count(n):
    global counter
    counter += 1
    if n < 2:
        return n
    return fib_memo_count(n - 1) + fib_memo_count(n - 2)

print(fib_memo_count(15), "calls:", counter)
seed = 12345
def next_rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % 100

vals = ""
for i in range(10):
    vals += str(next_rand()) + " "
print(vals)
print("final seed", seed)
x = 10
def uses_x():
    return x + 1

print(uses_x())
x = 20
print(uses_x())
