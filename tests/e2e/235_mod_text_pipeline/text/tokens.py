print("text.tokens init")
CALLS = 0


def words(s):
    global CALLS
    CALLS += 1
    out = []
    for raw in s.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            out.append(w)
    return out


def sentences(s):
    flat = " ".join(s.split())
    parts = [p.strip() for p in flat.replace("!", ".").replace("?", ".").split(".")]
    return len([p for p in parts if p])
