# Exercises textwrap wrap/fill/shorten/dedent/indent with native loops and %-formatting of the returned strings.
import textwrap

para = ("Taipan compiles Python programs ahead of time, and when it meets a module it does not "
        "compile it hands that module to an embedded interpreter while native code keeps running.")
lines = textwrap.wrap(para, width=30)
for n, line in enumerate(lines, 1):
    print("%02d|%-30s|%3d" % (n, line, len(line)))
print(textwrap.fill(para, width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(para, width=40, placeholder=" [...]"))
code = """
    def f():
        return 1
"""
ded = textwrap.dedent(code)
print(repr(ded))
print(textwrap.indent("a\n\nb\n", "+ "), end="")
print(textwrap.indent("a\n  \nb\n", "* "), end="")
widths = {}
for w in (10, 20, 40):
    widths[w] = len(textwrap.wrap(para, w))
print(widths, sum(widths.values()))
w = textwrap.TextWrapper(width=25, max_lines=2, placeholder="...")
print(w.wrap(para))
