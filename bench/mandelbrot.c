/* The C twin of mandelbrot.py. */
#include <stdio.h>

int main(void) {
    int size = 600, max_iterations = 100;
    long inside = 0, checksum = 0;
    for (int y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (int x = 0; x < size; x++) {
            double cr = 2.0 * x / size - 1.5, zr = 0, zi = 0;
            int escaped = 0, iteration = 0;
            while (iteration < max_iterations) {
                double tr = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = tr;
                if (zr * zr + zi * zi > 4.0) { escaped = 1; break; }
                iteration++;
            }
            if (!escaped) inside++;
            checksum += iteration;
        }
    }
    printf("points inside: %ld\nchecksum: %ld\n", inside, checksum);
    return 0;
}
