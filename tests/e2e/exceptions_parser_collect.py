class ParseError(Exception):
    def __init__(self, line_no: int, message: str) -> None:
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no


def parse_line(line_no: int, line: str) -> tuple[str, int]:
    if "=" not in line:
        raise ParseError(line_no, f"expected 'key=value', got '{line}'")
    pos = line.index("=")
    key = line[:pos].strip()
    raw = line[pos + 1:].strip()
    if key == "":
        raise ParseError(line_no, "empty key")
    try:
        value = int(raw)
    except ValueError:
        raise ParseError(line_no, f"value '{raw}' is not an integer")
    return (key, value)


lines = ["width = 80", "height=24", "depth", "=5", "color = red",
         "margin = 4", "", "scale=-3"]
config: dict[str, int] = {}
errors: list[str] = []
for i in range(len(lines)):
    try:
        pair = parse_line(i + 1, lines[i])
    except ParseError as e:
        errors.append(str(e))
        continue
    config[pair[0]] = pair[1]

for k in config:
    print(f"{k}: {config[k]}")
print(f"{len(errors)} errors:")
for msg in errors:
    print("  " + msg)
