# Exercises a tokenizer producing a mixed list of ints, floats and str
# operators, then an evaluator dispatching on each token's type.

def tokenize(text):
    tokens = []
    for piece in text.split():
        if piece.isdigit():
            tokens.append(int(piece))
        elif piece.replace(".", "", 1).isdigit():
            tokens.append(float(piece))
        else:
            tokens.append(piece)
    return tokens


def evaluate(tokens):
    result = None
    op = "+"
    for t in tokens:
        if isinstance(t, str):
            op = t
            continue
        if result is None:
            result = t
        elif op == "+":
            result = result + t
        elif op == "-":
            result = result - t
        elif op == "*":
            result = result * t
        elif op == "/":
            result = result / t
    return result


for expr in ["1 + 2", "3 * 2.5", "10 / 4", "7 - 2 * 3", "4.5", "", "8 - 1.5 + 2"]:
    toks = tokenize(expr)
    value = evaluate(toks)
    kinds = [type(t).__name__ for t in toks]
    print(repr(expr), toks, kinds, "=", value)

toks = tokenize("12 apples and 3.5 pears")
print(toks)
print([t for t in toks if isinstance(t, (int, float))])
print(" ".join(t.upper() if isinstance(t, str) else str(t) for t in toks))
