# Tests the builtin format() with format specs while building a report table, alongside str.format and %-formatting.
header = ["Region", "Q1", "Q2", "Q3", "Q4"]
data = [
    ("North", [1200, 1350, 980, 1500]),
    ("South", [870, 910, 1005, 1120]),
    ("East", [1500, 1420, 1600, 1710]),
    ("West", [640, 700, 720, 810]),
]
w0 = max(len(name) for name, row in data)
widths = [max(len(header[q + 1]), max(len(format(row[q], ",")) for name, row in data)) for q in range(4)]
print("widths", w0, widths)
total_w = w0 + sum(w + 3 for w in widths) + 8
print(" Sales by quarter ".center(total_w, "="))
print(header[0].ljust(w0) + " | " + " | ".join(h.rjust(w) for h, w in zip(header[1:], widths)) + " |  Total")
print("-" * total_w)
col_totals = [0, 0, 0, 0]
for name, row in data:
    cells = []
    for q in range(4):
        cells.append(format(row[q], ",").rjust(widths[q]))
        col_totals[q] += row[q]
    print(name.ljust(w0) + " | " + " | ".join(cells) + " | " + format(sum(row), ">6,"))
print("-" * total_w)
print("Total".ljust(w0) + " | " + " | ".join(format(t, ",").rjust(w) for t, w in zip(col_totals, widths)) + " |")
print()
for name, row in data:
    growth = (row[3] - row[0]) / row[0] * 100
    print("%-6s growth %s%%  best Q%d  avg %s" % (name, format(growth, "+7.2f"), row.index(max(row)) + 1, format(sum(row) / 4, "8.2f")))
print(format(3.14159, "10.3f") + "|" + format(-2.5, "<8.1f") + "|" + format(42, "08d") + "|" + format(255, "#x"))
print(format(255, "b"), format(0.000123, "e"), format(1234567.891, ",.2f"), format(0.25, ".1%"))
print(format("left", "<8") + "|" + format("mid", "^8") + "|" + format("right", ">8") + "|")
print(format(42), format(2.5), format("plain"), format(True), format(-7, ""))
print("{:>8}|{:^8}|{:<8}|".format("right", "mid", "left"))
for frac in [0.0, 0.125, 0.5, 0.999, 1.0]:
    bar = "#" * int(frac * 20)
    print("[" + format(bar, "<20") + "] " + format(frac, "6.1%"))
