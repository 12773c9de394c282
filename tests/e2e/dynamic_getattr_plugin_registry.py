# getattr/hasattr with computed names on the program's instances: plugin registry.
class Shell:
    def __init__(self):
        self.history = []
    def cmd_echo(self, args):
        return " ".join(args)
    def cmd_add(self, args):
        return str(sum(int(a) for a in args))
    def cmd_hist(self, args):
        return ",".join(self.history)
    def run(self, line):
        parts = line.split()
        name = parts[0]
        self.history.append(name)
        handler = getattr(self, "cmd_" + name, None)
        if handler is None:
            return "unknown: " + name
        return handler(parts[1:])

s = Shell()
for line in ["echo hi there", "add 1 2 3", "nope x", "hist", "add"]:
    print(s.run(line))
