STATE = 1
DRAWS = 0


def seed(s):
    global STATE
    STATE = s


def randint(n):
    global STATE, DRAWS
    STATE = (STATE * 1103515245 + 12345) % 2147483648
    DRAWS += 1
    return (STATE >> 16) % n


if __name__ == "__main__":
    print("rng self-test", randint(6))
