LEVEL = 1
THRESHOLD = 10
NAMES = ["debug", "info", "warn"]


def set_level(n):
    global LEVEL
    LEVEL = n


def describe():
    return f"settings(level={LEVEL}, threshold={THRESHOLD}, names={len(NAMES)})"
