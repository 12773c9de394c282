class Oddity(Exception):
    pass


def risky(n: int) -> int:
    if n == 1:
        raise Oddity("odd one")
    if n == 2:
        return [1, 2][n]
    if n == 3:
        return {"x": 1}["y"]
    if n == 4:
        raise BaseException("base")
    return n * 10


results: list[str] = []
for n in range(6):
    try:
        results.append(str(risky(n)))
    except:
        results.append("failed")
print(results)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise Oddity(f"attempt {attempts}")
        print(f"succeeded on attempt {attempts}")
        break
    except:
        print(f"bare except swallowed attempt {attempts}")

try:
    try:
        raise ValueError("inner value")
    except:
        print("bare except, re-raising")
        raise
except ValueError as e:
    print(f"outer got: {e}")
