# getattr/hasattr with computed names on the program's instances: subclass override.
class Animal:
    sound = "..."
    legs = 4
    def speak(self):
        return "generic " + self.sound
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return "dog says " + self.sound
class Bird(Animal):
    legs = 2
    def __init__(self):
        self.wings = 2
class Parrot(Bird):
    sound = "hello"

attrs = ["sound", "legs", "wings"]
for a in [Animal(), Dog(), Bird(), Parrot()]:
    vals = [getattr(a, n, None) for n in attrs]
    print(type(a).__name__, vals, getattr(a, "spe" + "ak")())
