def fields(line):
    for part in line.split(","):
        yield part.strip()


def widths(rows):
    for row in rows:
        yield max(len(f) for f in fields(row))


rows = ["1, 2, 3", "4, 5, 6", "10, 20, 30", "7, eight, 9"]
print("widest field per row:", list(widths(rows)))
print("field count:", sum(1 for row in rows for _ in fields(row)))
grand = 0
for row in rows:
    values = (int(f) for f in fields(row))
    total = sum(values)
    grand += total
    print(row.ljust(12), "->", total)
print("grand total", grand)
