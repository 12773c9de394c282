class ParseError(ValueError):
    def __init__(self, line):
        super().__init__(f"bad line {line}")
        self.line = line


try:
    raise ParseError(3)
except ParseError as e:
    print(e.line, e.args)
