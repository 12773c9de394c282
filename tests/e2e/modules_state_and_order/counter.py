print("counter loading")
TOTAL = 0


def bump():
    global TOTAL
    TOTAL += 1


def value():
    return TOTAL * 10


if __name__ == "__main__":
    print("never printed when imported")
