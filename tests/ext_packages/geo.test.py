import geo, sys
import geo.shapes
from geo.vectors import Vector, dot
from geo import extra
print(geo.__doc__, geo.VERSION, geo.Vector is Vector, geo.shapes.Polygon is geo.Polygon)
print(geo.perimeter_of([(0.0, 0.0), (3.0, 0.0), (3.0, 4.0)]))
v = Vector(1.0, 2.0)
print(v + Vector(1.0, 1.0), dot(v, v), Vector.__module__, geo.Polygon.__module__, dot.__module__)
p = geo.shapes.Polygon([Vector(0.0, 0.0), Vector(2.0, 0.0), Vector(2.0, 2.0)])
print(p.centroid(), round(p.perimeter(), 4))
print(extra.double(v), "geo.vectors" in sys.modules, geo.vectors.Vector is Vector)
