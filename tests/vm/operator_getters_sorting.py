# operator.itemgetter/attrgetter/methodcaller for sorting, grouping and projecting records
from operator import itemgetter, attrgetter, methodcaller
import operator
from itertools import groupby


class Employee:
    def __init__(self, name, dept, salary, manager=None):
        self.name, self.dept, self.salary, self.manager = name, dept, salary, manager

    def __repr__(self):
        return f"{self.name}({self.dept}, {self.salary})"


boss = Employee("Ruth", "exec", 250)
staff = [
    Employee("Omar", "eng", 120, boss),
    Employee("Ines", "eng", 135, boss),
    Employee("Paul", "sales", 90, boss),
    Employee("Zoe", "sales", 95, boss),
    Employee("Kai", "eng", 120, boss),
    Employee("Lia", "ops", 80, boss),
]
print(sorted(staff, key=attrgetter("dept", "name")))
print(sorted(staff, key=attrgetter("salary"), reverse=True)[:3])
print(list(map(attrgetter("manager.name"), staff[:2])))
for dept, members in groupby(sorted(staff, key=attrgetter("dept")), key=attrgetter("dept")):
    members = list(members)
    print(f"  {dept:<6} {len(members)} total={sum(map(attrgetter('salary'), members))}")

rows = [("apple", 3, 1.2), ("kiwi", 12, 0.4), ("mango", 2, 2.5), ("fig", 12, 0.9)]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(0, 2)(rows[2]))
print(max(rows, key=itemgetter(2)), min(rows, key=lambda r: r[1] * r[2]))
records = [{"id": 3, "city": "Lima"}, {"id": 1, "city": "Oslo"}, {"id": 2, "city": "Kyiv"}]
print(sorted(records, key=itemgetter("city")))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter(-1)([1, 2, 3]))

words = ["  Hello", "world  ", " Mixed Case "]
print(list(map(methodcaller("strip"), words)), list(map(methodcaller("replace", "l", "L"), words)))
print(sorted(["b.txt", "A.py", "c.md"], key=methodcaller("lower")))

pairs = [(3, 4), (10, 2), (7, 7)]
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lt", "eq"]:
    fn = getattr(operator, name)
    print(f"{name:<9}", [fn(a, b) for a, b in pairs])
print(operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.index(7), operator.concat("ab", "cd"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 99)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.length_hint(iter(range(5))))
