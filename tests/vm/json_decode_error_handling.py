# json.JSONDecodeError caught via except ValueError, with position info
import json

samples = [
    '{"ok": true}',
    '{"ok": tru}',
    '[1, 2, 3,]',
    '{"a": 1 "b": 2}',
    '',
    '"unterminated',
    '{"nested": {"deep": [1, 2, {"x": null}]}}',
    "{'single': 'quotes'}",
    '[1, 2] extra',
    '123',
    '{"k": 1}\n{"k": 2}',
]


def try_parse(text):
    try:
        return json.loads(text), None
    except ValueError as e:
        return None, e


good = 0
for i, s in enumerate(samples):
    value, err = try_parse(s)
    if err is None:
        good += 1
        print(f"{i:2}: ok    -> {value!r}")
    else:
        print(f"{i:2}: error -> {type(err).__name__}: {err.msg} at line {err.lineno} col {err.colno} (pos {err.pos})")

print(f"{good} of {len(samples)} parsed")
print(issubclass(json.JSONDecodeError, ValueError))


def parse_lines(blob):
    results = []
    for n, line in enumerate(blob.splitlines(), 1):
        try:
            results.append(json.loads(line))
        except ValueError:
            results.append(f"<bad line {n}>")
    return results


print(parse_lines('{"k": 1}\n{"k": 2\n[3]\nnull'))
