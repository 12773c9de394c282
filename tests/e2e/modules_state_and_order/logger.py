import counter

print("logger loading; counter at", counter.TOTAL)
ENTRIES = []


def record(message):
    ENTRIES.append(message + " @" + str(counter.TOTAL))
