# A matrix class with item access by tuple, in-place updates, containment,
# truth by length, and a callable transform.
class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [0.0] * (rows * cols)

    def __getitem__(self, position):
        r, c = position
        return self.data[r * self.cols + c]

    def __setitem__(self, position, value):
        r, c = position
        self.data[r * self.cols + c] = value

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, value):
        return value in self.data

    def __repr__(self):
        lines = []
        for r in range(self.rows):
            lines.append(" ".join(f"{self[r, c]:5.1f}" for c in range(self.cols)))
        return "\n".join(lines)

class Scale:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, m):
        out = Matrix(m.rows, m.cols)
        for r in range(m.rows):
            for c in range(m.cols):
                out[r, c] = m[r, c] * self.factor
        return out

m = Matrix(2, 3)
for r in range(2):
    for c in range(3):
        m[r, c] = float(r * 3 + c)
m[1, 1] += 10.5
print(m)
print(len(m), 14.5 in m, 99.0 in m)
double = Scale(2)
print(double(m))
empty = Matrix(0, 0)
print("empty is falsy" if not empty else "empty is truthy")
print(bool(m), bool(empty))
try:
    m[5, 5]
except IndexError as e:
    print("IndexError:", e)
