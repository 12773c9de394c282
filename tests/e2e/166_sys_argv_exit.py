# Tests sys.argv (no extra arguments given) with list operations, and sys.exit with a nonzero status after output.
import sys
args = sys.argv[1:]
print("extra args:", args, len(args), len(sys.argv) >= 1)
numbers = [int(a) for a in args if a.isdigit()]
if not numbers:
    numbers = [5, 3, 8, 1]
print("numbers:", numbers, sum(numbers))
script = sys.argv[0]
print("script name non-empty:", len(script) > 0)
options = {}
for arg in args:
    if arg.startswith("--"):
        name, _, value = arg[2:].partition("=")
        options[name] = value
print("options:", options)
total = 0
for n in sorted(numbers):
    total += n
    print("running", n, total)
status = 0 if total < 10 else 3
print("exiting with", status)
sys.exit(status)
print("unreachable")
