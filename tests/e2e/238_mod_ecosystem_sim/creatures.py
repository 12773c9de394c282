import rng
KINDS = ["rabbit", "fox", "owl"]


def spawn(ident):
    kind = KINDS[rng.randint(len(KINDS))]
    energy = 5 + rng.randint(6)
    return (ident, kind, 0, energy)


def describe(cr):
    ident, kind, age, energy = cr
    return f"#{ident} {kind} age {age} energy {energy}"
