# Narrowing must not outlive what it tested: a variable reassigned inside the
# branch, a loop that rebinds it, a global that a function rebinds, and
# `continue` after a None test.
state = 1
state = "one"


def rebind():
    global state
    state = 2


def main():
    value = 3
    value = "three"
    if isinstance(value, str):
        value = 4
        print(value + 1)
    print(value)
    for item in [1, "x", None, 2.5]:
        if item is None:
            continue
        print(item * 2)
    while isinstance(value, int) and value < 6:
        value = value + 1
    print(value)


if isinstance(state, str):
    rebind()
    print(state + 1)
main()
