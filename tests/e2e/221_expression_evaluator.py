# Tests a tokenizer plus shunting-yard parser and RPN evaluator for integer arithmetic expressions.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(src[i:j])
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens

def to_rpn(tokens):
    out = []
    ops = []
    for tok in tokens:
        if tok.isdigit():
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
    while ops:
        out.append(ops.pop())
    return out

def eval_rpn(rpn):
    stack = []
    for tok in rpn:
        if tok.isdigit():
            stack.append(int(tok))
            continue
        b = stack.pop()
        a = stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        elif tok == "*":
            stack.append(a * b)
        elif tok == "/":
            stack.append(a // b)
        elif tok == "%":
            stack.append(a % b)
        else:
            stack.append(a ** b)
    return stack[0]

exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7 % 4", "((15 / (7 - (1 + 1))) * 3) - (2 + (1 + 1))",
         "2 * (3 + 4) * (5 - 1)", "42", "10 - 4 - 3", "7 - 20 / 3"]
for e in exprs:
    toks = tokenize(e)
    rpn = to_rpn(toks)
    print(f"{e:<45} => {' '.join(rpn):<40} = {eval_rpn(rpn)}")
print(tokenize("12+(34*5)"), len(tokenize(" 1  +   22 ")))
print(eval_rpn(["3", "4", "+", "2", "*"]), eval_rpn(to_rpn(tokenize("2^10"))))
