import keywords as kw
print(kw.scale([1.0, 2.0]), kw.scale([1.0], factor=10.0, offset=1.0), kw.scale([2.0], offset=0.5))
print(kw.clamp(3.0, low=1.0, high=2.0), kw.clamp(high=9.0, x=0.5, low=1.0))
for call in (lambda: kw.clamp(1.0, 2.0, 3.0), lambda: kw.clamp(1.0, low=2.0), lambda: kw.scale([1.0], 2.0), lambda: kw.clamp(1.0, low=1.0, high=2.0, mid=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
b = kw.Box(2.0, height=5.0)
print(b.area(), b.area(scale=0.5), kw.Box(3.0).area())
