/* The C twin of spectral_norm.py. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void multiply_av(int n, const double *v, double *result) {
    for (int i = 0; i < n; i++) {
        double total = 0;
        for (int j = 0; j < n; j++) total += eval_a(i, j) * v[j];
        result[i] = total;
    }
}

static void multiply_atv(int n, const double *v, double *result) {
    for (int i = 0; i < n; i++) {
        double total = 0;
        for (int j = 0; j < n; j++) total += eval_a(j, i) * v[j];
        result[i] = total;
    }
}

static void multiply_atav(int n, const double *v, double *result, double *scratch) {
    multiply_av(n, v, scratch);
    multiply_atv(n, scratch, result);
}

int main(void) {
    int n = 600;
    double *u = malloc(n * sizeof(double)), *v = malloc(n * sizeof(double)), *t = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) u[i] = 1.0;
    for (int k = 0; k < 10; k++) {
        multiply_atav(n, u, v, t);
        multiply_atav(n, v, u, t);
    }
    double vbv = 0, vv = 0;
    for (int i = 0; i < n; i++) { vbv += u[i] * v[i]; vv += v[i] * v[i]; }
    printf("%0.9f\n", sqrt(vbv / vv));
    return 0;
}
