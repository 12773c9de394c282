class ValidationError(Exception):
    pass


def level3(x: int) -> int:
    print(f"    level3({x})")
    if x % 5 == 0:
        raise ValidationError(f"{x} is a multiple of 5")
    if x > 100:
        raise OverflowError(f"{x} too large")
    return x * 3


def level2(x: int) -> int:
    print(f"  level2({x})")
    r = level3(x + 1)
    print(f"  level2 got {r}")
    return r + 1


def level1(x: int) -> int:
    print(f"level1({x})")
    try:
        return level2(x * 2)
    finally:
        print(f"level1 cleanup for {x}")


for v in [3, 2, 60, 7]:
    try:
        print(f"result: {level1(v)}")
    except ValidationError as e:
        print(f"validation failed: {e}")
    except ArithmeticError as e:
        print(f"arithmetic problem: {repr(e)}")
    print("---")
