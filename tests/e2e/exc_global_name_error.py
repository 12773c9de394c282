# Globals read and rebound through functions, then reading a global before assignment: NameError.
x = 5
def show():
    print(x)
def change():
    global x
    x = x * 2
show(); change(); show()
print(y)
y = 1
