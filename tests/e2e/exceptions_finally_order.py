events: list[str] = []


def log(msg: str) -> None:
    events.append(msg)
    print(msg)


def loop_with_break(limit: int) -> int:
    total = 0
    for i in range(10):
        try:
            if i == limit:
                log(f"break at {i}")
                break
            if i % 2 == 1:
                log(f"continue at {i}")
                continue
            total += i
        finally:
            log(f"finally {i}")
    return total


def while_with_return(values: list[int]) -> int:
    i = 0
    while i < len(values):
        try:
            try:
                if values[i] == 0:
                    return i
            finally:
                log(f"inner finally {i}")
        finally:
            log(f"outer finally {i}")
            i += 1
    return -1


print(loop_with_break(4))
print(while_with_return([5, 3, 0, 8]))
print(len(events))

n = 0
while n < 5:
    n += 1
    try:
        try:
            if n == 2:
                continue
            if n == 4:
                raise ValueError(f"n is {n}")
            print(f"body {n}")
        finally:
            print(f"cleanup {n}")
    except ValueError as e:
        print(f"handled {e}")
        break
print(f"ended with n={n}")
