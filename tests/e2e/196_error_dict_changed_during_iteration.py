# Tests an uncaught RuntimeError from adding keys while iterating a dict; expect "RuntimeError: dictionary changed size during iteration".
counts = {"a": 1, "b": 2, "c": 3}
for k in counts:
    counts[k] = counts[k] * 10
    print("updated", k, counts)
print(counts)
for k in list(counts):
    if counts[k] > 15:
        del counts[k]
print("after safe delete", counts)
for k in list(counts.keys()):
    counts[k.upper()] = counts[k] + 1
print("after safe insert", counts)
doubled = {}
for k, v in counts.items():
    doubled[k + k] = v * 2
print("new dict built while iterating", doubled)
for k in counts:
    print("visiting", k)
    counts[k + k] = 0
print("unreachable", counts)
