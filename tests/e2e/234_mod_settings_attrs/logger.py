import settings
LINES = []
COUNT = 0
BY_LEVEL = {}


def log(level, msg):
    global COUNT
    if level < settings.LEVEL:
        return
    COUNT += 1
    BY_LEVEL[level] = BY_LEVEL.get(level, 0) + 1
    label = settings.NAMES[level] if level < len(settings.NAMES) else "?"
    LINES.append(f"[{label:>5}] {msg}")
