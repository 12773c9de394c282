# Tests greedy word wrapping, full justification and column layout of text using lists of strs and join.
TEXT = ("Taipan compiles ordinary Python programs ahead of time; the output of every program must match "
        "CPython exactly, including the formatting of floats, the order of dict keys and the reprs of nested containers.")
def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) if not current else len(word) + 1
        if current and length + extra > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in [30, 45]:
    lines = wrap(TEXT, width)
    print(f"width {width}: {len(lines)} lines, longest {max(len(l) for l in lines)}")
    for line in lines:
        print("|" + line.ljust(width) + "|")
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
words = sorted(set(w.strip(";,.").lower() for w in TEXT.split()))
cols = 4
rows = (len(words) + cols - 1) // cols
colw = max(len(w) for w in words) + 2
for r in range(rows):
    row = [words[c * rows + r] for c in range(cols) if c * rows + r < len(words)]
    print("".join(w.ljust(colw) for w in row).rstrip())
print(wrap("", 10), wrap("supercalifragilistic short", 5))
