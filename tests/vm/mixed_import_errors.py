# Importing names that do not exist: CPython's own ImportError.
import json
try:
    from json import no_such_function
except ImportError as error:
    print("ImportError:", error.__class__.__name__)
print(json.dumps([1]))
from os import getcwd
print(callable(getcwd))
from collections import nothing_here
