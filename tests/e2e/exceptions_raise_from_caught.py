class StorageError(Exception):
    pass


class UserNotFound(StorageError):
    def __init__(self, user: str) -> None:
        super().__init__(f"user '{user}' not found")
        self.user = user


db = {"ann": 31, "ben": 25}


def get_age(user: str) -> int:
    try:
        return db[user]
    except KeyError as e:
        raise UserNotFound(user) from e


def average_age(users: list[str]) -> float:
    total = 0
    for u in users:
        total += get_age(u)
    return total / len(users)


def safe_average(users: list[str]) -> float:
    try:
        return average_age(users)
    except ZeroDivisionError as e:
        raise StorageError("no users given") from e


print(safe_average(["ann", "ben"]))
for group in [["ann", "cat"], [], ["dan"]]:
    try:
        print(safe_average(group))
    except UserNotFound as e:
        print(f"lookup: {e} (user={e.user})")
    except StorageError as e:
        print(f"storage: {e}")

try:
    try:
        int("oops")
    except ValueError as err:
        raise RuntimeError("conversion failed") from err
except RuntimeError as e:
    print(repr(e))
