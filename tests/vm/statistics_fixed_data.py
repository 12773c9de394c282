# statistics module on fixed data: mean, median, mode, stdev, variance, quantiles
import statistics as st

temps = [21.5, 23.0, 19.8, 25.1, 22.4, 20.0, 24.6, 23.0, 18.9, 22.2]
print("mean:", round(st.mean(temps), 4))
print("fmean:", round(st.fmean(temps), 4))
print("median:", st.median(temps), "low:", st.median_low(temps), "high:", st.median_high(temps))
print("mode:", st.mode(temps), "multimode:", st.multimode([1, 1, 2, 2, 3]))
print("stdev:", round(st.stdev(temps), 4), "pstdev:", round(st.pstdev(temps), 4))
print("variance:", round(st.variance(temps), 4), "pvariance:", round(st.pvariance(temps), 4))
print("quartiles:", [round(q, 3) for q in st.quantiles(temps, n=4)])
print("deciles:", [round(q, 2) for q in st.quantiles(range(1, 101), n=10)])
print("geometric mean:", round(st.geometric_mean([1, 2, 4, 8, 16]), 6))
print("harmonic mean:", round(st.harmonic_mean([40, 60]), 6))
print("median grouped:", st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))

groups = {
    "control": [12, 15, 11, 14, 13, 16, 12],
    "treated": [18, 21, 17, 20, 22, 19, 23],
}
for name, vals in groups.items():
    m, s = st.mean(vals), st.stdev(vals)
    print(f"{name:<8} n={len(vals)} mean={m:.3f} sd={s:.3f} range={min(vals)}-{max(vals)}")

x = [1, 2, 3, 4, 5, 6]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
print("correlation:", round(st.correlation(x, y), 6))
slope, intercept = st.linear_regression(x, y)
print(f"fit: y = {slope:.4f}x + {intercept:.4f}")
print("covariance:", round(st.covariance(x, y), 6))
nd = st.NormalDist(mu=100, sigma=15)
print("P(X<115):", round(nd.cdf(115), 6), "90th pct:", round(nd.inv_cdf(0.9), 4))
print("overlap:", round(nd.overlap(st.NormalDist(110, 15)), 6))
fitted = st.NormalDist.from_samples(temps)
print("fitted:", round(fitted.mean, 4), round(fitted.stdev, 4))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.median([5, 1, 3, 2]))
