class TransientError(Exception):
    pass


def flaky_fetch(key, attempt):
    if (len(key) + attempt) % 3 != 0:
        raise TransientError("fetch " + key + " failed on attempt " + str(attempt))
    return key.upper()


def fetch_all(keys, max_attempts):
    for key in keys:
        attempt = 0
        while True:
            attempt += 1
            try:
                value = flaky_fetch(key, attempt)
            except TransientError as e:
                print("  retry:", e)
                if attempt >= max_attempts:
                    yield key + "=<gave up>"
                    break
                continue
            yield key + "=" + value
            break


def parse_ints(tokens):
    bad = 0
    for t in tokens:
        try:
            yield int(t)
        except ValueError:
            bad += 1
    print("  skipped", bad, "bad tokens")


for line in fetch_all(["ab", "abc", "abcd", "x"], 2):
    print(line)
print(sum(parse_ints("10 x 20 3.5 30 -4".split())))
print(sorted(parse_ints(["9", "", "1", "five", "5"])))
