# Function and class granularity (an adversarial review's program), checked
# against python3.
STEP = 1
LABEL = "a"

def advance():
    global STEP, LABEL
    STEP = STEP * 2
    LABEL = LABEL + "b"

def driver(n):
    # CPython-run: sees STEP/LABEL changes made by native advance() mid-call
    exec("pass")
    seen = []
    for _ in range(n):
        seen.append((STEP, LABEL))
        advance()
    return seen

def reader():
    return eval("STEP"), eval("LABEL")

print(driver(4))
print(STEP, LABEL, reader())
STEP = 0
print(reader(), driver(1), reader())

def reset():
    global STEP
    STEP = -5
    return reader()

print(reset(), STEP)
