# A small ray tracer: spheres over a checkered plane, one light, shadows and
# reflections, rendered to a grid of brightness values. Written with a
# vector class and a class per kind of object, as ordinary code would be.

import math


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, distance):
        return self.origin + self.direction.scale(distance)


class Thing:
    def __init__(self, reflectivity):
        self.reflectivity = reflectivity

    def intersect(self, ray):
        raise NotImplementedError("intersect")

    def normal_at(self, point):
        raise NotImplementedError("normal_at")

    def color_at(self, point):
        return 1.0


class Sphere(Thing):
    def __init__(self, centre, radius, reflectivity):
        super().__init__(reflectivity)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        to_centre = self.centre - ray.origin
        along = to_centre.dot(ray.direction)
        if along < 0.0:
            return -1.0
        closest_squared = to_centre.dot(to_centre) - along * along
        radius_squared = self.radius * self.radius
        if closest_squared > radius_squared:
            return -1.0
        return along - math.sqrt(radius_squared - closest_squared)

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(Thing):
    def __init__(self, point, normal, reflectivity):
        super().__init__(reflectivity)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < 1e-9:
            return -1.0
        distance = (self.point - ray.origin).dot(self.normal) / facing
        return distance if distance > 1e-6 else -1.0

    def normal_at(self, point):
        return self.normal

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return 1.0
        return 0.3


class Scene:
    def __init__(self, light):
        self.things = []
        self.light = light

    def add(self, thing):
        self.things.append(thing)

    def nearest(self, ray):
        best_distance = 1e30
        best_index = -1
        for index in range(len(self.things)):
            distance = self.things[index].intersect(ray)
            if 1e-6 < distance < best_distance:
                best_distance = distance
                best_index = index
        return best_index, best_distance

    def trace(self, ray, depth):
        index, distance = self.nearest(ray)
        if index < 0:
            return 0.1
        thing = self.things[index]
        point = ray.point_at(distance)
        normal = thing.normal_at(point)
        to_light = (self.light - point).normalized()
        shadow_index, shadow_distance = self.nearest(Ray(point + normal.scale(1e-4), to_light))
        lit = shadow_index < 0 or shadow_distance > (self.light - point).length()
        diffuse = max(0.0, normal.dot(to_light)) if lit else 0.0
        color = thing.color_at(point) * (0.15 + 0.85 * diffuse)
        if depth < 3 and thing.reflectivity > 0.0:
            bounced = Ray(point + normal.scale(1e-4), ray.direction.reflect(normal))
            color = color * (1.0 - thing.reflectivity) + self.trace(bounced, depth + 1) * thing.reflectivity
        return color


def render(scene, width, height):
    eye = Vector(0.0, 1.5, -5.0)
    rows = []
    for row in range(height):
        values = []
        for column in range(width):
            x = (column - width / 2) / width * 2.0
            y = (height / 2 - row) / height * 2.0
            ray = Ray(eye, Vector(x, y + 1.0, 0.0) - eye)
            values.append(scene.trace(ray, 0))
        rows.append(values)
    return rows


def main(size):
    scene = Scene(Vector(3.0, 6.0, -4.0))
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.2))
    scene.add(Sphere(Vector(0.0, 1.0, 2.0), 1.0, 0.5))
    scene.add(Sphere(Vector(-2.0, 0.7, 1.0), 0.7, 0.3))
    scene.add(Sphere(Vector(2.0, 0.5, 0.5), 0.5, 0.0))
    rows = render(scene, size, size)
    total = 0.0
    for values in rows:
        total += sum(values)
    print(f"average brightness {total / (size * size):.6f}")
    shades = " .:-=+*#%@"
    for row in range(0, size, size // 16):
        line = ""
        for column in range(0, size, size // 32):
            shade = min(9, int(rows[row][column] * 10))
            line += shades[shade]
        print(line)


main(300)
