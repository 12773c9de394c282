def reading(i):
    return None if i % 3 == 0 else i * 1.5
log = []
for i in range(6):
    r = reading(i)
    if r is None:
        log.append(("missing", r))
    else:
        log.append(("ok", r))
print(log)
