# Classes come with a later issue.
class Point:
    def __init__(self, x):
        self.x = x
