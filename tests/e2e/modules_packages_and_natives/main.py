import math
import sys
from math import sqrt, pi
import helpers
import pkg.geometry as geo
from pkg import shapes
from helpers import double, COUNT

print("main start", __name__)
print(helpers.triple(4), double(5), COUNT)
helpers.COUNT = 10
print(helpers.COUNT, COUNT)
print(geo.area(2.0), shapes.describe("sq"))
print(math.sqrt(16.0), sqrt(2), round(pi, 5), math.floor(2.7), math.ceil(-2.5))
print(len(sys.argv), math.log(100, 10), math.atan2(1.0, 1.0))
if __name__ == "__main__":
    print("as main")
