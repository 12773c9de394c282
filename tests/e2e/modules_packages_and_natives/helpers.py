print("helpers loading", __name__)
COUNT = 3
def double(x):
    return 2 * x
def triple(x):
    return 3 * x
