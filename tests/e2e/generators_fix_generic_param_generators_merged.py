def show(it):
    for x in it:
        print(x)

def ints():
    yield 1

def strs():
    yield "a"

show(ints())
show(strs())
show([1.5])
