# Tests a report table built with f-strings: computed column widths, nested format specs, thousands separators and totals.
header = ["Region", "Q1", "Q2", "Q3", "Q4"]
data = [
    ("North", [1200, 1350, 980, 1500]),
    ("South", [870, 910, 1005, 1120]),
    ("East", [1500, 1420, 1600, 1710]),
    ("West", [640, 700, 720, 810]),
]
w0 = max(len(name) for name, row in data)
widths = []
for q in range(4):
    widths.append(max(len(header[q + 1]), max(len(f"{row[q]:,}") for name, row in data)))
print("widths", w0, widths)
line_w = w0 + sum(w + 3 for w in widths) + 8
title = " Sales by quarter "
print(f"{title:=^{line_w}}")
head = " | ".join(f"{h:>{w}}" for h, w in zip(header[1:], widths))
print(f"{header[0]:<{w0}} | {head} |  Total")
print("-" * line_w)
col_totals = [0, 0, 0, 0]
for name, row in data:
    cells = []
    for q in range(4):
        cells.append(f"{row[q]:>{widths[q]},}")
        col_totals[q] += row[q]
    print(f"{name:<{w0}} | {' | '.join(cells)} | {sum(row):>6,}")
print("-" * line_w)
tail = " | ".join(f"{t:>{w},}" for t, w in zip(col_totals, widths))
grand = sum(col_totals)
print(f"{'Total':<{w0}} | {tail} | {grand:>6,}")
print()
for name, row in data:
    growth = (row[3] - row[0]) / row[0] * 100
    best = row.index(max(row)) + 1
    share = sum(row) / grand
    print(f"{name:<6} growth {growth:+7.2f}%  best Q{best}  avg {sum(row) / 4:8.2f}  share {share:.1%}")
print("{:>8}|{:^8}|{:<8}|".format("right", "mid", "left"))
print("{0:*^20}".format(" done "))
print(f"{3.14159:10.3f}|{-2.5:<8.1f}|{42:08d}|{255:#x}|{255:b}|{0.000123:e}|{1234567.891:,.2f}")
print("%5s|%-5s|%05d|%.3e|%x|%o|%c" % ("ab", "cd", 42, 12345.678, 255, 8, 65))
for frac in [0.0, 0.125, 0.5, 0.999, 1.0]:
    bar = "#" * int(frac * 20)
    print(f"[{bar:<20}] {frac:6.1%}")
