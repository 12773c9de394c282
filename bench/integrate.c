/* The C twin of integrate.py, compiled with gcc -O2 by bench/run.py. */
#include <stdio.h>

static double integrate(double a, double b, long steps) {
    double h = (b - a) / steps;
    double total = 0.0;
    for (long i = 0; i < steps; i++) {
        double x = a + (i + 0.5) * h;
        total += x * x * x - 2.0 * x * x + 3.0 * x - 1.0;
    }
    return total * h;
}

int main(void) {
    /* %.17g is not Python's repr; the script compares outputs loosely. */
    printf("%.17g\n", integrate(0.0, 2.0, 100000000));
    return 0;
}
