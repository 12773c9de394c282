/* The C twin of fannkuch_redux.py: the same algorithm on malloc'd arrays of
   64-bit ints, the flip as a two-index reversal. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fannkuch(long n, long *checksum_out, long *max_flips_out) {
    int64_t *perm1 = malloc(n * sizeof *perm1);
    int64_t *count = malloc(n * sizeof *count);
    int64_t *perm = malloc(n * sizeof *perm);
    for (long i = 0; i < n; i++) {
        perm1[i] = i;
        count[i] = 0;
    }
    long max_flips = 0, checksum = 0, permutation_index = 0, r = n;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        memcpy(perm, perm1, n * sizeof *perm);
        long flips = 0;
        int64_t k = perm[0];
        while (k != 0) {
            for (long i = 0, j = k; i < j; i++, j--) {
                int64_t t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips) max_flips = flips;
        checksum += permutation_index % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                free(perm1);
                free(count);
                free(perm);
                return;
            }
            int64_t first = perm1[0];
            for (long i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = first;
            count[r]--;
            if (count[r] > 0) break;
            r++;
        }
        permutation_index++;
    }
}

int main(void) {
    long n = 9, checksum, flips;
    fannkuch(n, &checksum, &flips);
    printf("%ld\nPfannkuchen(%ld) = %ld\n", checksum, n, flips);
    return 0;
}
