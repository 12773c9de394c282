# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): int attr error.
class A:
    def __init__(self):
        self.size = 3
class B:
    def __init__(self):
        self.size = 4
xs = [A(), B(), 7]
for x in xs:
    print(x.size)
