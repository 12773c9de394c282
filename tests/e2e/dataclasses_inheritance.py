from dataclasses import dataclass

@dataclass
class A:
    x: int

@dataclass
class B(A):
    y: int = 0

print(B(1, 2))
print(B(3), B(x=4, y=5) == B(4, 5))

@dataclass(order=True)
class Employee:
    name: str
    salary: int = 1000

@dataclass(order=True)
class Manager(Employee):
    reports: int = 0
    salary: int = 5000

@dataclass
class Intern(Employee):
    pass

staff = [Manager("ann", reports=3), Employee("bob"), Intern("cy", 10), Manager("dee", 7000, 1)]
for person in sorted(staff, key=lambda p: p.salary):
    print(person)
print(Intern("cy", 10) == Employee("cy", 10), Manager("x") == Manager("x", 5000, 0))
