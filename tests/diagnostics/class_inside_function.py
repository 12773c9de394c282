# Classes defined inside a function come with a later change.
def make():
    class Point:
        def __init__(self, x):
            self.x = x
    return Point(1)


make()
