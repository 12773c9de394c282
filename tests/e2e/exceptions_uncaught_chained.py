class DataLoadError(Exception):
    pass


def parse_record(line: str) -> int:
    return int(line)


def load(lines: list[str]) -> list[int]:
    out: list[int] = []
    for i in range(len(lines)):
        try:
            out.append(parse_record(lines[i]))
        except ValueError as e:
            raise DataLoadError(f"bad record at line {i + 1}") from e
    return out


print(load(["1", "2", "3"]))
print(load(["10", "20", "x30", "40"]))
print("unreachable")
