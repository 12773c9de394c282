# Regular expressions from native code: parsing, counting and rewriting.
import re

LOG = """2024-01-03 ERROR disk full on /dev/sda1
2024-01-03 INFO started job 17
2024-01-04 WARN slow response 2300ms
2024-01-05 ERROR timeout after 30s
2024-01-05 INFO finished job 17"""

pattern = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\w+) (.*)")
levels = {}
days = []
for line in LOG.split("\n"):
    m = pattern.match(line)
    if m is None:
        continue
    level = str(m.group(4))
    levels[level] = levels.get(level, 0) + 1
    days.append(int(m.group(3)))
print(sorted(levels.items()))
print(days, sum(days))
numbers = [int(n) for n in re.findall(r"\d+", "a1 b22 c333 d4444")]
print(numbers, sum(numbers))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "alice@example bob@test"))
parts = re.split(r"[,;]\s*", "one, two;three,  four")
print(parts, len(parts))
m = re.search(r"(?P<key>\w+)=(?P<value>\d+)", "x: size=42 ok")
print(m.group("key"), int(m.group("value")) * 2, m.span())
print(bool(re.fullmatch(r"[a-z]+", "hello")), re.fullmatch(r"[a-z]+", "Hello") is None)
