class ShapeError(Exception):
    pass


class NegativeSizeError(ShapeError):
    pass


class TooLargeError(ShapeError):
    pass


class InvalidNameError(ShapeError):
    pass


class EmptyNameError(InvalidNameError):
    pass


def make_square(name: str, side: int) -> int:
    if name == "":
        raise EmptyNameError("name is empty")
    if not name.isalpha():
        raise InvalidNameError(f"bad name {name}")
    if side < 0:
        raise NegativeSizeError(f"side {side} < 0")
    if side > 1000:
        raise TooLargeError(f"side {side} > 1000")
    return side * side


names = ["a", "", "b2", "c", "d", "e"]
sides = [3, 4, 5, -1, 5000, 10]
for i in range(len(names)):
    try:
        area = make_square(names[i], sides[i])
        print(f"{names[i]}: area {area}")
    except EmptyNameError as e:
        print(f"empty: {e}")
    except InvalidNameError as e:
        print(f"invalid name: {e}")
    except (NegativeSizeError, TooLargeError) as e:
        print(f"size problem: {e}")
        print(isinstance(e, ShapeError), isinstance(e, NegativeSizeError), isinstance(e, TooLargeError))

caught = 0
for i in range(len(names)):
    try:
        make_square(names[i], sides[i])
    except ShapeError:
        caught += 1
print(f"ShapeError caught {caught} times")
err = EmptyNameError("x")
print(isinstance(err, InvalidNameError), isinstance(err, ShapeError), isinstance(err, Exception))
print(isinstance(err, TooLargeError), repr(err))
