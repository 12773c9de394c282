# A CPython exception that escapes a native function: the last line is CPython's.
import json


def load_all(texts):
    results = []
    for text in texts:
        results.append(json.loads(text))
    return results


print(len(load_all(["1", "[2]", '{"a": 3}'])))
print(load_all(['"ok"', "[1, 2]"]))
load_all(["[1]", "{not json}"])
