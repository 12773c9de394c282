# Exercises statistics functions on native lists and CPython Fractions, plus StatisticsError caught as ValueError.
import statistics
from fractions import Fraction

samples = {
    "a": [2, 4, 4, 4, 5, 5, 7, 9],
    "b": [1.5, 2.5, 2.5, 10.0],
    "c": [10],
}
for name in sorted(samples):
    xs = samples[name]
    line = f"{name}: mean={statistics.mean(xs)} median={statistics.median(xs)} mode={statistics.mode(xs)}"
    try:
        line += f" stdev={statistics.stdev(xs):.4f}"
    except ValueError as e:
        line += f" stdev-error({e})"
    print(line)
print("pstdev a:", statistics.pstdev(samples["a"]), "pvariance:", statistics.pvariance(samples["a"]))
fr = [Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]
m = statistics.mean(fr)
print("fraction mean:", m, type(m).__name__, m * 3)
print("median_low/high:", statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print("multimode:", statistics.multimode("aabbbccdd"))
print("quantiles:", statistics.quantiles(range(1, 21), n=4))
print("fmean:", statistics.fmean([1, 2, 3, 4]), "geo:", round(statistics.geometric_mean([1, 4, 16]), 6))
print("harmonic:", statistics.harmonic_mean([40, 60]))
for bad in [[], ["x"]]:
    try:
        statistics.mean(bad)
    except ValueError as e:
        print("ValueError:", type(e).__name__, e)
    except TypeError as e:
        print("TypeError:", e)
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(115), 4), round(nd.inv_cdf(0.5), 4), nd.mean + 1)
