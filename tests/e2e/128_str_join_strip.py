# Tests str.join on lists/tuples/generators and strip/lstrip/rstrip with and without character arguments.
parts = ["alpha", "beta", "gamma"]
print(", ".join(parts), "".join(parts), "-".join(["x"]), "|".join([]))
print(" ".join(str(n) for n in range(5)), "+".join(map(str, [1, 2, 3])))
print("/".join(("usr", "bin")), "".join(reversed("stressed")))
print("::".join(sorted(["b", "c", "a"])))
padded = "   hello world \t\n"
print(repr(padded.strip()), repr(padded.lstrip()), repr(padded.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."), "<<[data]>>".strip("<>[]"))
print("0012300".strip("0"), "0012300".lstrip("0"), "0012300".rstrip("0"))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("abc")))
print("  ünïcode  ".strip(), "--日本--".strip("-"))
raw_lines = ["  first  ", "second\n", "\tthird\t", "   "]
cleaned = [line.strip() for line in raw_lines]
print(cleaned)
non_empty = [line for line in cleaned if line]
print(non_empty, " / ".join(non_empty))
def title_case(words):
    return " ".join(w[0].upper() + w[1:] for w in words if w)
print(title_case(["the", "old", "man", "", "and", "sea"]))
numbers = [3.5, 2.0, 10.25]
print("; ".join(f"{x:.2f}" for x in numbers))
grid = [[1, 2, 3], [4, 5, 6]]
print("\n".join(" ".join(str(v) for v in row) for row in grid))
csv_line = ",".join(["a", "b", "c"])
print(csv_line, csv_line.split(",") == ["a", "b", "c"])
stripped = "#!#!comment#!".strip("#!")
print(stripped, len(stripped))
letters = "".join(ch for ch in "h3ll0 w0rld" if ch.isalpha())
print(letters)
print(repr("\n\n text \n".rstrip("\n")), repr("...end...".rstrip(".")))
