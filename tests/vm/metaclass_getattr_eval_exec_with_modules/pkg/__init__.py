from .helper import double
VERSION = "1.0"
