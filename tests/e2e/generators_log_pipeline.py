LOG = [
    "2024-01-01 INFO server started",
    "2024-01-01 DEBUG loading config",
    "",
    "2024-01-02 ERROR disk full on /dev/sda1",
    "# comment line",
    "2024-01-02 WARN high memory usage",
    "2024-01-03 ERROR connection refused",
    "2024-01-03 INFO request handled",
    "2024-01-04 ERROR timeout after 30s",
    "2024-01-04 INFO shutting down",
]


def read_lines(lines):
    for line in lines:
        yield line.strip()


def skip_blank_and_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield (date, level, msg)


def only_level(records, level):
    for rec in records:
        if rec[1] == level:
            yield rec


def batch(items, size):
    current = []
    for item in items:
        current.append(item)
        if len(current) == size:
            yield current
            current = []
    if current:
        yield current


records = parse(skip_blank_and_comments(read_lines(LOG)))
errors = only_level(records, "ERROR")
for i, group in enumerate(batch(errors, 2)):
    print("batch", i, "size", len(group))
    for date, level, msg in group:
        print("  ", date, "->", msg)

levels = {}
for _, level, _ in parse(skip_blank_and_comments(read_lines(LOG))):
    levels[level] = levels.get(level, 0) + 1
for k in sorted(levels):
    print(k, levels[k])

total_words = sum(len(r[2].split()) for r in parse(skip_blank_and_comments(LOG)))
print("total words:", total_words)
longest = max((r[2] for r in parse(skip_blank_and_comments(LOG))), key=len)
print("longest:", longest)
