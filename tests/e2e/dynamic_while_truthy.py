# Exercises `while v:` loops where v changes value and type, and
# loops that drain a mixed list until it is empty.

v = 5
while v:
    print("int", v)
    v -= 2 if v > 1 else 1

text = "abc"
while text:
    print("str", text)
    text = text[1:]

stack = [None, "top", 3.5, 0, "", [1]]
while stack:
    item = stack.pop()
    if item:
        print("popped truthy", repr(item))
    else:
        print("popped falsy", repr(item))
print("stack now", stack, bool(stack))

state = 3
rounds = 0
while state:
    rounds += 1
    if isinstance(state, int):
        state = "x" * (state - 1)
    elif isinstance(state, str):
        state = len(state) - 1.0 if len(state) > 1 else None
    else:
        state = int(state)
    print(rounds, repr(state))

queue = ["go", 2, None, "stop"]
i = 0
while i < len(queue) and queue[i] is not None:
    print("processing", queue[i])
    i += 1
print("stopped at", i)
