# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import re
class ParseError(Exception):
    pass
def repl(m):
    if m.group(0) == "7":
        raise ParseError("can't handle 'seven' at " + str(m.start()))
    return "<" + m.group(0) + ">"
print(re.sub(r"\d", repl, "12345"))
print(re.sub(r"\d", repl, "1234567"))
