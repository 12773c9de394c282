def describe(name):
    return "shape:" + name
