def sort_by_distance(points, origin):
    return sorted(points, key=lambda p: abs(p - origin))

print(sort_by_distance([5, 1, 9], 4))
