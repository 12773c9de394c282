# Tests a nested package (geo.shapes) with relative imports, absolute imports of sibling modules and float geometry.
import geo
import geo.vec as vec
from geo.shapes import poly
from geo.shapes.circle import circle_area, ring_area
import math

print("geo version", geo.VERSION, "unit", geo.UNIT)
square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
tri = [(0.0, 0.0), (4.0, 0.0), (0.0, 3.0)]
for name, shape in [("square", square), ("triangle", tri)]:
    print(f"{name:<9} area={poly.area(shape):6.2f} perimeter={poly.perimeter(shape):6.2f} centroid={poly.centroid(shape)}")
print(f"circle r=1.5 {circle_area(1.5):.5f}; ring 1..2 {ring_area(1.0, 2.0):.5f}")
print(vec.add((1.0, 2.0), (0.5, -1.0)), vec.length((3.0, 4.0)), vec.rotate((1.0, 0.0), math.pi / 2))
geo.UNIT = "m"
print(poly.describe(tri))
moved = poly.translate(tri, (1.0, 1.0))
print("moved", moved, "area unchanged:", poly.area(moved) == poly.area(tri))
scaled = [vec.scale(p, 2.0) for p in tri]
print("scaled area ratio", poly.area(scaled) / poly.area(tri))
print("ops counted", vec.OPS)
hexagon = [vec.rotate((1.0, 0.0), k * math.pi / 3) for k in range(6)]
print("hexagon area", round(poly.area(hexagon), 6), "expected", round(3 * math.sqrt(3) / 2, 6))
print(geo.shapes.NAMES)
