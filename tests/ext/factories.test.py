from factories import Vector, Scaled

v = Vector.from_pair((3.0, 4.0))
print(v, v.norm2(), Vector.zero(), Vector.kind())
s = Scaled.from_pair((1.0, 2.0))
print(s, s.norm2(), type(s).__name__, isinstance(s, Vector), Scaled.zero(), Scaled.kind())
print(v.zero(), s.kind(), Vector.from_pair((0.5, 0.5)).norm2())
