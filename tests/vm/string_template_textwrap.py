# string.Template substitution and textwrap formatting of paragraphs
from string import Template, ascii_lowercase, capwords
import textwrap

letter = Template("Dear $name,\nYour order #$order_id of $qty x ${item}s ships on $date.\nTotal: $$$total\n")
orders = [
    {"name": "Ms. Ortiz", "order_id": 1042, "qty": 3, "item": "lamp", "date": "May 2", "total": "59.97"},
    {"name": "Mr. Chu", "order_id": 1043, "qty": 1, "item": "desk", "date": "May 4", "total": "210.00"},
]
for o in orders:
    print(letter.substitute(o))

partial = Template("$greeting, $who! Missing: $nothing")
print(partial.safe_substitute(greeting="Hi", who="team"))
try:
    partial.substitute(greeting="Hi")
except KeyError as e:
    print("KeyError for missing key:", e)
print(sorted(partial.get_identifiers()), partial.is_valid())


class PercentTemplate(Template):
    delimiter = "%"


print(PercentTemplate("Progress: %pct%% of %task").substitute(pct=75, task="upload"))

text = ("Python is an easy to learn, powerful programming language. It has efficient "
        "high-level data structures and a simple but effective approach to object-oriented "
        "programming. Python's elegant syntax and dynamic typing make it ideal for scripting.")
for line in textwrap.wrap(text, width=50):
    print(f"|{line:<50}|")
print(textwrap.fill(text, width=70, initial_indent="* ", subsequent_indent="  ")[:160])
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
code = """
        def hello():
            return "hi"
"""
print(textwrap.dedent(code).strip())
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(capwords("the quick   brown fox"), ascii_lowercase[::5])
print(len(textwrap.wrap(text, 30)), max(len(l) for l in textwrap.wrap(text, 30)))
