# Tests an uncaught ValueError from int() on a malformed field in CSV-ish parsing; expect "ValueError: invalid literal for int() with base 10: '1O'".
LINES = """id,qty,price
1,4,2.50
2,10,0.99
3, 7 ,12.00
4,1O,3.25
5,2,8.00"""
rows = LINES.splitlines()
print(repr(LINES[:20]), LINES.count("\n"), "newlines")
header = rows[0].split(",")
print("columns:", header, "rows:", len(rows) - 1)
total = 0.0
units = 0
parsed = []
for line in rows[1:]:
    fields = [f.strip() for f in line.split(",")]
    print("fields", fields, "digits?", [f.isdigit() for f in fields])
    rid = int(fields[0])
    price = float(fields[2])
    qty = int(fields[1])
    parsed.append((rid, qty, price))
    units += qty
    total += qty * price
    print(f"  row {rid}: {qty} x {price:.2f} -> running {total:.2f} ({units} units)")
print("parsed", parsed)
