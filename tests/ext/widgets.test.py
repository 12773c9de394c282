import widgets
from widgets import Widget, Money, Transaction
a = Widget()
b = Widget()
print(Widget.created, widgets.count_widgets(), a.tag(), b.tag())
Widget.PREFIX = "x"
print(b.tag(), Widget.PREFIX, a.PREFIX)
Widget.created = 100
print(Widget().tag(), widgets.count_widgets())
m = Money(5) + Money(7)
print(m, m == Money(12), m != Money(1), m in [Money(3), Money(12)])
print(sorted([Money(3), Money(1), Money(2)]), len({Money(1), Money(1), Money(2)}))
t = Transaction()
try:
    with t:
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
with t:
    pass
print(t.log)
