"""A particle simulation as a class library: the kind of module whose
objects Python code makes and drives, with the hot loop in a method."""


class Particle:
    def __init__(self, x: float, y: float, vx: float, vy: float):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt: float) -> None:
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0.0 or self.x > 100.0:
            self.vx = -self.vx
        if self.y < 0.0 or self.y > 100.0:
            self.vy = -self.vy

    def energy(self) -> float:
        return 0.5 * (self.vx * self.vx + self.vy * self.vy)


class System:
    def __init__(self, count: int):
        self.particles = []
        for i in range(count):
            self.particles.append(Particle(float(i % 100), float(i * 7 % 100), (i % 13) - 6.0, (i % 7) - 3.0))

    def run(self, steps: int, dt: float) -> float:
        for _ in range(steps):
            for particle in self.particles:
                particle.step(dt)
        return self.total_energy()

    def total_energy(self) -> float:
        total = 0.0
        for particle in self.particles:
            total += particle.energy()
        return total

    def centre(self) -> tuple:
        n = len(self.particles)
        return (sum(p.x for p in self.particles) / n, sum(p.y for p in self.particles) / n)


if __name__ == "__main__":
    system = System(10)
    print(system.run(10, 0.01), system.centre())
    p = Particle(1.0, 2.0, 3.0, 4.0)
    p.step(0.1)
    print(p.energy())
