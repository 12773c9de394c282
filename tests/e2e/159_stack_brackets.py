# Tests list-as-stack algorithms: bracket matching, RPN evaluation, infix-to-postfix, and undo history.
PAIRS = {")": "(", "]": "[", "}": "{"}
def balanced(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack[-1] != PAIRS[ch]:
                print("  mismatch at", i, repr(ch), "stack", stack)
                return False
            stack.pop()
    if stack:
        print("  unclosed", stack)
    return not stack
for s in ["([]{()})", "([)]", "((", "", "}{", "a(b[c]d)e", "{[()()]}[]"]:
    print(repr(s), balanced(s))
def rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a // b)
        else:
            stack.append(int(tok))
        print("  ", tok, stack)
    return stack[0]
print(rpn("3 4 + 2 *".split()))
print(rpn("5 1 2 + 4 * + 3 -".split()))
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
def to_postfix(expr):
    out = []
    ops = []
    for tok in expr.split():
        if tok.isdigit():
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[tok]:
                out.append(ops.pop())
            ops.append(tok)
    while ops:
        out.append(ops.pop())
    return out
for expr in ["1 + 2 * 3", "( 1 + 2 ) * 3", "8 / 2 - 3 * ( 4 - 1 )"]:
    pf = to_postfix(expr)
    print(expr, "=>", " ".join(pf), "=", rpn(pf))
text = []
history = []
for action in ["type:Hello", "type: World", "undo", "type:!", "type:?", "undo", "undo", "type:."]:
    kind, _, arg = action.partition(":")
    if kind == "type":
        history.append(len(text))
        text.extend(arg)
    elif history:
        del text[history.pop():]
    print(f"{action:<12} -> {''.join(text)!r}")
