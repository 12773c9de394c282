# A small script as people write it: a conversion table with helper functions.
def celsius_to_fahrenheit(celsius):
    return celsius * 9 / 5 + 32


def describe(celsius):
    if celsius < 0:
        return "freezing"
    elif celsius < 15:
        return "cold"
    elif celsius < 25:
        return "mild"
    return "hot"


def main():
    print("Celsius".rjust(8), "Fahrenheit".rjust(11), "  feels")
    for celsius in range(-10, 41, 10):
        fahrenheit = celsius_to_fahrenheit(celsius)
        print(str(celsius).rjust(8), str(round(fahrenheit, 1)).rjust(11), " ", describe(celsius))
    total = 0.0
    for celsius in range(-10, 41):
        total += celsius_to_fahrenheit(celsius)
    print("average Fahrenheit:", round(total / 51, 3))


if __name__ == "__main__":
    main()
