print("store.stock loading")
LEVELS = {}
HISTORY = []


def receive(item, qty):
    LEVELS[item] = LEVELS.get(item, 0) + qty
    HISTORY.append(("in", item, qty))


def ship(item, qty):
    have = LEVELS.get(item, 0)
    if have < qty:
        HISTORY.append(("refused", item, qty))
        return False
    LEVELS[item] = have - qty
    HISTORY.append(("out", item, qty))
    return True
