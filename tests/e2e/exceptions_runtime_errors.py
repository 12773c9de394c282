class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


nums = [10, 20, 30]
empty: list[int] = []
d = {"a": 1}
empty_d: dict[str, int] = {}
text = "hello world"
count = 0

try:
    print(nums[3])
except IndexError as e:
    count += 1
    print(f"1: {e}")
try:
    print(nums[-4])
except IndexError as e:
    count += 1
    print(f"2: {e}")
try:
    empty.pop()
except IndexError as e:
    count += 1
    print(f"3: {e}")
try:
    print(nums.index(25))
except ValueError as e:
    count += 1
    print(f"4: {e}")
try:
    print(text.index("xyz"))
except ValueError as e:
    count += 1
    print(f"5: {e}")
try:
    print(d["b"])
except KeyError as e:
    count += 1
    print(f"6: {e} {repr(e)}")
try:
    empty_d.popitem()
except KeyError as e:
    count += 1
    print(f"7: {e}")
try:
    print(float("x"))
except ValueError as e:
    count += 1
    print(f"8: {e}")
try:
    print(int(""))
except ValueError as e:
    count += 1
    print(f"9: {e}")
try:
    nums[5] = 1
except IndexError as e:
    count += 1
    print(f"10: {e}")
try:
    print(1 // 0)
except ZeroDivisionError as e:
    count += 1
    print(f"11: {e}")
try:
    print(text[20])
except IndexError as e:
    count += 1
    print(f"12: {e}")
print(f"caught {count} runtime errors")
print(nums.pop(), nums, text.index("world"), d["a"])
