import annotated as ann
from annotated import Point

print(ann.neg(5), ann.neg(2**70), ann.half(3.0), ann.half(3), ann.total([1.0, 2.5]), ann.total([1, 2]))
print(ann.count_words("a b a c b a".split()))
points = [Point(float(i), float(i)) for i in range(10)]
print(ann.nearest(points, Point(3.2, 3.1)), ann.maybe(None), ann.maybe(points[2]), points[1].dist2(points[3]), points[2].scaled(2.0).x)
print(ann.pair_sum((3, 4)), ann.pair_sum("ab"), ann.sum_all((1, 2, 3)), ann.sum_all(()), ann.fib(90))
print(Point(1.0, 2.0).x, Point(1.5, 2.0).dist2(Point(0.5, 2.0)))
for call in (lambda: ann.total(None), lambda: ann.neg("x"), lambda: ann.nearest([1], points[0])):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
