# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): none in list.
class A:
    def go(self):
        return "A"
class B:
    def go(self):
        return "B"
items = [A(), B(), None]
for it in items:
    print(it.go())
