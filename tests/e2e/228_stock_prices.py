# Tests time-series analysis of float prices: moving averages, max profit, drawdown, streaks and returns.
prices = [101.5, 102.25, 99.75, 98.0, 103.5, 107.25, 106.0, 104.75, 109.5, 111.0, 108.25, 112.75, 110.5, 115.0, 113.25]
days = len(prices)
print("days", days, "first", prices[0], "last", prices[-1])

def moving_average(xs, k):
    out = []
    window = sum(xs[:k])
    out.append(window / k)
    for i in range(k, len(xs)):
        window += xs[i] - xs[i - k]
        out.append(window / k)
    return out

ma3 = moving_average(prices, 3)
ma5 = moving_average(prices, 5)
print("ma3", [round(x, 2) for x in ma3])
print("ma5", [f"{x:.3f}" for x in ma5])
signals = []
for i in range(1, len(ma5)):
    a_prev, a_now = ma3[i + 1], ma3[i + 2]
    b_prev, b_now = ma5[i - 1], ma5[i]
    if a_prev <= b_prev and a_now > b_now:
        signals.append(("buy", i + 4))
    elif a_prev >= b_prev and a_now < b_now:
        signals.append(("sell", i + 4))
print("signals", signals)

best = 0.0
buy_day = sell_day = 0
low_day = 0
for i in range(1, days):
    if prices[i] - prices[low_day] > best:
        best = prices[i] - prices[low_day]
        buy_day, sell_day = low_day, i
    if prices[i] < prices[low_day]:
        low_day = i
print(f"best trade: buy day {buy_day} at {prices[buy_day]}, sell day {sell_day} at {prices[sell_day]}, profit {best:.2f}")

peak = prices[0]
max_dd = 0.0
for p in prices:
    peak = max(peak, p)
    max_dd = max(max_dd, (peak - p) / peak)
print(f"max drawdown {max_dd:.4%}")
returns = [(prices[i] / prices[i - 1] - 1) * 100 for i in range(1, days)]
print(" ".join(f"{r:+.2f}" for r in returns))
up = [r > 0 for r in returns]
longest = cur = 0
for u in up:
    cur = cur + 1 if u else 0
    longest = max(longest, cur)
print("up days", up.count(True), "down days", up.count(False), "longest up streak", longest)
mean = sum(returns) / len(returns)
vol = (sum((r - mean) ** 2 for r in returns) / (len(returns) - 1)) ** 0.5
print(f"mean return {mean:.4f}% volatility {vol:.4f}%")
total = 1.0
for r in returns:
    total *= 1 + r / 100
print(f"compounded {total:.6f} vs direct {prices[-1] / prices[0]:.6f}", abs(total - prices[-1] / prices[0]) < 1e-12)
print("top 3 days", sorted(range(1, days), key=lambda i: -returns[i - 1])[:3])
