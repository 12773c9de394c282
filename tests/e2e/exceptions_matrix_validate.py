class MatrixError(Exception):
    pass


class ShapeMismatch(MatrixError):
    def __init__(self, r1: int, c1: int, r2: int, c2: int) -> None:
        super().__init__(f"cannot combine {r1}x{c1} with {r2}x{c2}")


def dims(m: list[list[int]]) -> tuple[int, int]:
    if len(m) == 0:
        raise MatrixError("empty matrix")
    cols = len(m[0])
    for row in m:
        if len(row) != cols:
            raise MatrixError("ragged matrix")
    return (len(m), cols)


def add(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    da = dims(a)
    db = dims(b)
    if da[0] != db[0] or da[1] != db[1]:
        raise ShapeMismatch(da[0], da[1], db[0], db[1])
    out: list[list[int]] = []
    for i in range(da[0]):
        row: list[int] = []
        for j in range(da[1]):
            row.append(a[i][j] + b[i][j])
        out.append(row)
    return out


m1 = [[1, 2], [3, 4]]
m2 = [[10, 20], [30, 40]]
m3 = [[1, 2, 3]]
ragged = [[1], [2, 3]]
empty: list[list[int]] = []
pairs_a = [m1, m1, ragged, empty, m3]
pairs_b = [m2, m3, m1, m1, m3]
for i in range(len(pairs_a)):
    try:
        print(add(pairs_a[i], pairs_b[i]))
    except ShapeMismatch as e:
        print(f"shape mismatch: {e}")
    except MatrixError as e:
        print(f"matrix error: {e}")
try:
    print(m1[2][0])
except IndexError as e:
    print(f"index: {e}")
