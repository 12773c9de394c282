# Tests str.split and str.rsplit with and without separators and maxsplit, including empty fields and whitespace runs.
s = "  the quick   brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print(s.split(maxsplit=1))
print(s.rsplit(maxsplit=1))
csv = "a,b,,d,"
print(csv.split(","), len(csv.split(",")))
print(csv.split(",", 2), csv.rsplit(",", 2))
print(csv.split(",", 0), csv.split(",", -1))
path = "/usr/local/lib/python3.11/site.py"
print(path.split("/"))
print(path.rsplit("/", 1), path.rsplit("/", 1)[-1])
print(path.split("/", 2))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("one two".split(" ", 5), "a b c d".rsplit(" ", 2))
record = "name=Ada;age=36;lang=Python"
fields = {}
for part in record.split(";"):
    key, value = part.split("=")
    fields[key] = value
print(fields)
kv = "k = v = w"
print(kv.split("=", 1), kv.rsplit("=", 1))
words = "日本 語 テキスト".split()
print(words, len(words))
lines = "10 20 30\n40 50\n60"
rows = [[int(tok) for tok in line.split()] for line in lines.split("\n")]
print(rows, sum(sum(r) for r in rows))
ip = "192.168.1.254"
octets = [int(o) for o in ip.split(".")]
print(octets, octets[-1] + 1)
sentence = "When in doubt, use brute force."
for n in range(4):
    print(n, sentence.split(" ", n))
    print(n, sentence.rsplit(" ", n))
