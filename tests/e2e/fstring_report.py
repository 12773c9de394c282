# A small report built with f-strings: widths from variables, nested specs, conversions.
def row(label, value, width=10, precision=2):
    return f"{label:<{width}}|{value:>{width}.{precision}f}|{value / 1000:.{precision}%}"


def main():
    items = 0
    total = 0.0
    for i in range(1, 8):
        price = i * 19.99 - (i % 3) * 0.5
        total += price
        items += 1
        print(row(f"item{i:02d}", price))
    print(f"{'total':=^21}")
    print(row("sum", total, width=12, precision=3))
    print(f"{items=}" if False else f"items={items!r} avg={total / items:,.4f} check={total:e}")
    name = "café"
    print(f"{name!r:>10}|{name.upper():*<8}|{len(name):#x}|{ord(name[3]):c}")


if __name__ == "__main__":
    main()
