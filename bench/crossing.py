# A native loop that calls into CPython 10**5 times (json.dumps of small
# values and a regex match per iteration): the cost of a crossing.
import json
import re

NUMBER = re.compile(r"(\d+)")


def main():
    total = 0
    length = 0
    for i in range(100000):
        text = json.dumps(i)
        length += len(text)
        match = NUMBER.match(text)
        total += int(match.group(1))
    print(length, total)


main()
