class ValidationError(Exception):
    def __init__(self, field: str, problems: list[str]) -> None:
        super().__init__(f"{field} is invalid")
        self.field = field
        self.problems = problems

    def count(self) -> int:
        return len(self.problems)

    def summary(self) -> str:
        return f"{self.field}: " + "; ".join(self.problems)

    def __str__(self) -> str:
        return f"{self.field} has {self.count()} problem(s)"


def validate_password(pw: str) -> None:
    problems: list[str] = []
    if len(pw) < 8:
        problems.append("too short")
    has_digit = False
    has_upper = False
    for ch in pw:
        if ch.isdigit():
            has_digit = True
        if ch.isupper():
            has_upper = True
    if not has_digit:
        problems.append("needs a digit")
    if not has_upper:
        problems.append("needs an uppercase letter")
    if len(problems) > 0:
        raise ValidationError("password", problems)


total_problems = 0
for pw in ["abc", "abcdefgh1", "Secret123", "ABCDEFGHIJ", "x1Y"]:
    try:
        validate_password(pw)
        print(f"{pw}: accepted")
    except ValidationError as e:
        total_problems += e.count()
        print(f"{pw}: {e}")
        print(f"   {e.summary()}")
        print(f"   repr: {repr(e)}")
print(f"total problems: {total_problems}")
