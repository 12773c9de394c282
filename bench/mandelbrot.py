# The Mandelbrot set on a grid, counting the points inside, as plain Python
# with float arithmetic (no complex numbers).


def mandelbrot(size, max_iterations):
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = 0.0
            zi = 0.0
            escaped = False
            iteration = 0
            while iteration < max_iterations:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    escaped = True
                    break
                iteration += 1
            if not escaped:
                inside += 1
            checksum += iteration
    return inside, checksum


inside, checksum = mandelbrot(600, 100)
print("points inside:", inside)
print("checksum:", checksum)
