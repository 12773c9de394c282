# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import functools
import json

rows = json.loads('[{"a": 2, "b": "x"}, {"a": 1, "b": "y"}]')
sort_rows = functools.partial(sorted, rows)
def default_key():
    def k(row):
        return row["a"]
    return k
print([r["b"] for r in sort_rows(key=default_key())])
