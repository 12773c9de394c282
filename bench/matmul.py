# Matrix multiplication on lists of lists of floats.


def make_matrix(n, seed):
    matrix = []
    value = seed
    for i in range(n):
        row = []
        for j in range(n):
            value = (value * 1103515245 + 12345) % 2147483648
            row.append(value / 2147483648.0)
        matrix.append(row)
    return matrix


def multiply(a, b):
    n = len(a)
    m = len(b[0])
    inner = len(b)
    result = [[0.0] * m for _ in range(n)]
    for i in range(n):
        row = a[i]
        out = result[i]
        for k in range(inner):
            aik = row[k]
            bk = b[k]
            for j in range(m):
                out[j] += aik * bk[j]
    return result


def main():
    n = 300
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = multiply(a, b)
    trace = 0.0
    for i in range(n):
        trace += c[i][i]
    print("%.6f" % trace)
    print("%.6f" % sum(c[n // 2]))


main()
