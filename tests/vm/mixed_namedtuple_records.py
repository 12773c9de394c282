# Exercises namedtuple instances: attribute access, unpacking, _replace, sorting native lists of them, and OrderedDict.
from collections import namedtuple, OrderedDict

Point = namedtuple("Point", ["x", "y"])
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cid", "eng", 100), Emp("dee", "ops", 95)]
staff.sort(key=lambda e: (e.dept, -e.salary))
for e in staff:
    name, dept, sal = e
    print(f"{name:<4}{dept:>4}{sal:6d}")
by_dept = {}
for e in staff:
    by_dept[e.dept] = by_dept.get(e.dept, 0) + e.salary
print(sorted(by_dept.items()))
raised = [e._replace(salary=e.salary + 10) for e in staff if e.dept == "ops"]
print(raised)
p = Point(3, 4)
q = Point(x=1, y=-2)
print(p, q, p.x * q.x + p.y * q.y, p + q, p[0], len(p))
print(p._asdict(), Point._fields, p == (3, 4), p < q)
pts = [Point(i, i * i % 7) for i in range(6)]
print(sorted(pts, key=lambda t: t.y))
print(max(pts), min(pts, key=lambda t: -t.x))
od = OrderedDict()
for e in staff:
    od[e.name] = e.salary
od.move_to_end("ann")
print(list(od.keys()), od.popitem(last=False))
x, y = Point._make([7, 8])
print(x + y)
