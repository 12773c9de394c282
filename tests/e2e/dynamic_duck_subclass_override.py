# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): subclass override.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
class Robot:
    def __init__(self):
        self.name = "R2"
    def speak(self):
        return "beep"
    def intro(self):
        return "I am " + self.name
zoo = [Animal("generic"), Dog("rex"), Puppy("bit"), Robot()]
for z in zoo:
    print(z.intro(), "|", z.speak(), "|", z.name)
