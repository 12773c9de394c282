def read_temperatures(rows):
    for row in rows:
        city, raw = row.split("=")
        value = float(raw)
        if value < -90.0 or value > 60.0:
            raise ValueError("implausible temperature " + raw + " for " + city)
        yield (city, value)


def to_fahrenheit(readings):
    for city, c in readings:
        yield (city, c * 9 / 5 + 32)


rows = ["oslo=3.5", "cairo=35.0", "lima=18.25", "mars=-120.0", "rome=22.0"]
count = 0
for city, f in to_fahrenheit(read_temperatures(rows)):
    count += 1
    print(city.ljust(6), round(f, 1))
print("processed", count)
