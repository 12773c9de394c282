def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def safe_div(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero in safe_div")
    return a // b

ops = [add, sub, mul]
for op in ops:
    print(op(7, 3))
table = {'+': add, '-': sub, '*': mul, '/': safe_div}
for symbol in ['+', '-', '*', '/']:
    print(symbol, table[symbol](12, 4))
try:
    table['/'](1, 0)
except ZeroDivisionError as e:
    print("caught:", e)

def apply_all(functions, x, y):
    return [f(x, y) for f in functions]
print(apply_all(ops, 10, 5))

def pick(name):
    if name == "add":
        return add
    return mul
print(pick("add")(2, 3), pick("mul")(2, 3))

handlers = []
def on_start(): print("start")
def on_stop(): print("stop")
handlers.append(on_start)
handlers.append(on_stop)
for handler in handlers:
    handler()
chosen = on_start if len(handlers) > 5 else on_stop
chosen()
counts = {add: 0, mul: 0}
for f in [add, mul, add]:
    counts[f] += 1
print(list(counts.values()))
print(add in ops, safe_div in ops)
