# A function whose loop only works on CPython objects, but which reads a
# native list from a global: CPython code cannot reach that list, so the
# function stays native (moving it would make the program fail) and the
# result is the same.
import json

settings = [3, 1, 2]
labels = {"a": 1}


def dump_all(rounds):
    text = json.dumps(0)
    for _ in range(rounds):
        text = json.dumps(settings)
        text = json.dumps(labels) + text
    return text


print(dump_all(4))
settings.append(9)
print(dump_all(1))
