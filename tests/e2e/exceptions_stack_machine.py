class MachineError(Exception):
    pass


class StackUnderflow(MachineError):
    def __init__(self, op: str, needed: int, have: int) -> None:
        super().__init__(f"'{op}' needs {needed} operand(s), stack has {have}")
        self.op = op


class UnknownOp(MachineError):
    pass


class Machine:
    def __init__(self) -> None:
        self.stack: list[int] = []

    def need(self, op: str, n: int) -> None:
        if len(self.stack) < n:
            raise StackUnderflow(op, n, len(self.stack))

    def step(self, tok: str) -> None:
        if tok == "+" or tok == "-" or tok == "*" or tok == "/":
            self.need(tok, 2)
            b = self.stack.pop()
            a = self.stack.pop()
            if tok == "+":
                self.stack.append(a + b)
            elif tok == "-":
                self.stack.append(a - b)
            elif tok == "*":
                self.stack.append(a * b)
            else:
                self.stack.append(a // b)
        elif tok == "dup":
            self.need(tok, 1)
            self.stack.append(self.stack[-1])
        else:
            try:
                self.stack.append(int(tok))
            except ValueError:
                raise UnknownOp(f"unknown token '{tok}'")


def run(program: str) -> None:
    m = Machine()
    try:
        for tok in program.split():
            m.step(tok)
        print(f"'{program}' -> {m.stack}")
    except StackUnderflow as e:
        print(f"'{program}' underflow in {e.op}: {e}")
    except ZeroDivisionError as e:
        print(f"'{program}' arithmetic: {e}")
    except MachineError as e:
        print(f"'{program}' error: {e}")


run("2 3 + 4 *")
run("5 dup *")
run("1 +")
run("dup")
run("7 0 /")
run("1 2 swap")
run("10 2 - 3 - 4 5 * +")
