def find_first_negative(values: list[int]) -> int:
    try:
        for i in range(len(values)):
            if values[i] < 0:
                print(f"found at {i}")
                return i
        return -1
    finally:
        print(f"search over {len(values)} values done")


def divide(a: int, b: int) -> str:
    try:
        return f"{a // b}"
    except ZeroDivisionError:
        return "undefined"
    finally:
        print(f"divide({a}, {b}) finished")


def override() -> int:
    try:
        return 1
    finally:
        print("finally can override the return value")
        return 2


def counter(n: int) -> int:
    count = 0
    try:
        count = n * 2
        return count
    finally:
        count = 999
        print(f"count in finally = {count}")


print(find_first_negative([3, 4, -1, 5]))
print(find_first_negative([1, 2]))
print(divide(17, 5))
print(divide(1, 0))
print(override())
print(counter(21))
