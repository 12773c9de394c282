# A native dict looked up by a CPython object (a regex group) inside a callback.
import re
template = "Hello {name}, you owe {amount} to {creditor}. {unknown} stays."
values = {"name": "Rosa", "amount": "$40", "creditor": "Bank"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))
