from .shapes import describe
import math
def area(r):
    return math.pi * r * r
print("geometry", describe("circle"))
