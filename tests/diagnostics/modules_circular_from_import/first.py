from second import helper

NAME = "first"


def greeting():
    return helper() + "!"
