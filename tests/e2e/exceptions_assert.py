def mean(values: list[float]) -> float:
    assert len(values) > 0, "mean of empty list"
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def check_sorted(values: list[int]) -> None:
    for i in range(1, len(values)):
        assert values[i - 1] <= values[i]


def validate_percent(p: int) -> int:
    assert 0 <= p <= 100, f"percent out of range: {p}"
    return p


print(mean([1.0, 2.0, 4.5]))
try:
    print(mean([]))
except AssertionError as e:
    print(f"assertion failed: {e}")

for data in [[1, 2, 3], [3, 1, 2], [5, 5, 6]]:
    try:
        check_sorted(data)
        print(f"{data} sorted")
    except AssertionError as e:
        print(f"{data} not sorted, message='{e}' repr={repr(e)}")

ok = 0
for p in [50, 101, 0, -3, 100]:
    try:
        ok += validate_percent(p)
    except AssertionError as e:
        print(e)
print(f"ok total {ok}")

try:
    assert 1 + 1 == 3, "math is broken"
except Exception as e:
    print(f"caught as Exception: {e}", isinstance(e, AssertionError))
