class Animal:
    sound = "..."
    legs = 4
    def speak(self):
        return f"{type(self).__name__} says {self.sound} on {self.legs} legs"
class Dog(Animal):
    sound = "woof"
class Bird(Animal):
    sound = "tweet"
    legs = 2
class Fish(Animal):
    legs = 0
zoo = [Dog(), Bird(), Fish(), Animal()]
for a in zoo:
    print(a.speak())
b = Bird()
b.legs += 1
print(b.legs, Bird.legs, [x.legs for x in zoo])
class Config:
    debug = False
class Dev(Config):
    debug = True
for c in [Config, Dev]:
    print(c.__name__, c.debug)
