# Tests an uncaught IndexError from popping an empty list; expect "IndexError: pop from empty list", exit 1.
stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if token == "+" else a * b)
    print(token, stack)
print("result", stack.pop(), "stack now", stack)
for token in "5 + 1".split():
    if token.isdigit():
        stack.append(int(token))
        print("push", token, stack)
    else:
        print("operator", token, "needs two operands, have", len(stack))
        right = stack.pop()
        left = stack.pop()
        stack.append(left + right)
print("unreachable", stack)
