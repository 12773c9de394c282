def traffic_light(cycles):
    state = "green"
    for _ in range(cycles):
        if state == "green":
            yield ("green", 3)
            state = "yellow"
        elif state == "yellow":
            yield ("yellow", 1)
            state = "red"
        else:
            yield ("red", 2)
            state = "green"


def parse_csv_line(line):
    state = "start"
    field = ""
    for ch in line:
        if state == "start":
            if ch == '"':
                state = "quoted"
            elif ch == ",":
                yield field
                field = ""
            else:
                field += ch
                state = "plain"
        elif state == "plain":
            if ch == ",":
                yield field
                field = ""
                state = "start"
            else:
                field += ch
        elif state == "quoted":
            if ch == '"':
                state = "after_quote"
            else:
                field += ch
        elif state == "after_quote":
            if ch == '"':
                field += '"'
                state = "quoted"
            elif ch == ",":
                yield field
                field = ""
                state = "start"
            else:
                raise ValueError("junk after quote: " + ch)
    if state == "quoted":
        raise ValueError("unterminated quote")
    yield field


def vending(coins, price):
    credit = 0
    for c in coins:
        credit += c
        if credit >= price:
            yield "vend, change " + str(credit - price)
            credit = 0
        else:
            yield "credit " + str(credit)


t = 0
for color, duration in traffic_light(7):
    print("t=" + str(t), color)
    t += duration
print("total time:", t)
for line in ['a,b,c', '"hello, world",42,', '"say ""hi""",x', ',,', '"open,']:
    try:
        print(list(parse_csv_line(line)))
    except ValueError as e:
        print("error:", e)
print(list(vending([25, 25, 10, 50, 5, 100], 60)))
