"""Errors."""


class ParseError(ValueError):
    """Input that does not parse."""


class EmptyInput(ParseError):
    pass


class Limit(Exception):
    def __init__(self, value: int):
        super().__init__(f"over the limit: {value}")
        self.value = value


def parse(text: str) -> int:
    if not text:
        raise EmptyInput("empty")
    if not text.isdigit():
        raise ParseError("not a number: " + text)
    value = int(text)
    if value > 100:
        raise Limit(value)
    return value


def safe(callback, text):
    try:
        return callback(text)
    except ParseError as error:
        return "caught " + type(error).__name__ + ": " + str(error)


if __name__ == "__main__":
    print(parse("12"))
