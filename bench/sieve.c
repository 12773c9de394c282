/* The C twin of sieve.py: a byte per flag, allocated afresh each round. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *sieve(long limit) {
    char *is_prime = malloc(limit + 1);
    memset(is_prime, 1, limit + 1);
    is_prime[0] = 0;
    is_prime[1] = 0;
    for (long i = 2; i * i <= limit; i++) {
        if (is_prime[i]) {
            for (long multiple = i * i; multiple < limit + 1; multiple += i) is_prime[multiple] = 0;
        }
    }
    return is_prime;
}

int main(void) {
    long total = 0, last = 0, limit = 2000000;
    for (int round = 0; round < 10; round++) {
        char *flags = sieve(limit);
        long count = 0;
        for (long n = 0; n < limit + 1; n++) {
            if (flags[n]) {
                count++;
                last = n;
            }
        }
        total += count;
        free(flags);
    }
    printf("%ld %ld\n", total, last);
    return 0;
}
