# Tests text layout: greedy word wrap, full justification with distributed spaces, centering and column layout.
TEXT = ("Taipan compiles a useful subset of Python ahead of time into native code, "
        "and every program it accepts must print exactly what the reference interpreter prints, "
        "byte for byte, including the formatting of floats and containers.")
words = TEXT.split()
print(len(words), "words")

def wrap(words, width):
    lines = []
    cur = []
    length = 0
    for w in words:
        if cur and length + 1 + len(w) > width:
            lines.append(cur)
            cur = []
            length = 0
        length += len(w) + (1 if cur else 0)
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line[-1]

for width in [30, 42]:
    lines = wrap(words, width)
    print(f"width {width}: {len(lines)} lines")
    for i, line in enumerate(lines):
        text = justify(line, width) if i < len(lines) - 1 else " ".join(line).ljust(width)
        print("|" + text + "|")
print()
for line in wrap(words, 36):
    print("[" + " ".join(line).center(36, ".") + "]")
for line in wrap(words, 36)[:3]:
    print("[" + " ".join(line).rjust(36) + "]")
col_lines = wrap(words, 24)
half = (len(col_lines) + 1) // 2
left = col_lines[:half]
right = col_lines[half:]
for i in range(half):
    l = " ".join(left[i])
    r = " ".join(right[i]) if i < len(right) else ""
    print(f"{l:<24} | {r}")
longest = max(words, key=len)
print("longest word", longest.strip(",."), "widths", [len(" ".join(l)) for l in col_lines])
