from geo import Vector
def double(v):
    return v + v
