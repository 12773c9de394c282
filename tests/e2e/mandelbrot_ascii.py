# Tests float-heavy Mandelbrot iteration rendering ASCII art via string building and character indexing.
palette = " .:-=+*#%@"
W = 64
H = 24
MAX_ITER = 60
def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return max_iter

total = 0
inside = 0
for row in range(H):
    ci = -1.2 + 2.4 * row / (H - 1)
    line = ""
    for col in range(W):
        cr = -2.1 + 2.7 * col / (W - 1)
        it = escape_time(cr, ci, MAX_ITER)
        total += it
        if it == MAX_ITER:
            inside += 1
            line += "@"
        else:
            line += palette[it % (len(palette) - 1)]
    print(line)
print("total iterations", total, "inside", inside)
print(escape_time(0.0, 0.0, 100), escape_time(-1.0, 0.0, 100), escape_time(0.25, 0.0, 1000), escape_time(0.26, 0.0, 1000))
print(escape_time(-0.75, 0.1, 1000), escape_time(2.0, 2.0, 10), escape_time(-2.0, 0.0, 50))
area_est = inside * (2.7 / (W - 1)) * (2.4 / (H - 1))
print("area estimate", area_est, round(area_est, 3))
