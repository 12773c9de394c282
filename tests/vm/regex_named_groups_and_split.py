# re.split, finditer, named groups and fullmatch validation
import re

config = """
# database settings
host = db.example.com
port=5432
user = admin   ; trailing comment
timeout = 2.5
flags = a,b , c;d
bad line here
"""

KV = re.compile(r"^\s*(?P<key>[A-Za-z_]\w*)\s*=\s*(?P<value>[^;#\n]*?)\s*(?:[;#].*)?$", re.M)
settings = {m["key"]: m["value"] for m in KV.finditer(config)}
for k, v in settings.items():
    print(f"{k!r}: {v!r}")

print(re.split(r"\s*[,;]\s*", settings["flags"]))
print(re.split(r"(\d+)", "abc12def345gh"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[-/.]", "2023-04/05.extra"))

EMAIL = re.compile(r"(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
for addr in ["alice@example.com", "bob.smith+tag@mail.co.uk", "bad@", "x@y", "carol@sub-domain.org"]:
    m = EMAIL.fullmatch(addr)
    if m:
        print(f"valid   {addr:<26} user={m.group('user')} domain={m.group('domain')}")
    else:
        print(f"invalid {addr}")

date_re = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
text = "Released 2021-03-14, patched 2021-04-01 and 2022-12-25."
for m in date_re.finditer(text):
    print(m.group(0), "->", "/".join([m["d"], m["m"], m["y"]]), m.span())
print(date_re.sub(r"\g<d>.\g<m>.\g<y>", text))

tokens = re.findall(r"\d+\.\d+|\d+|[A-Za-z_]\w*|[-+*/()=]", "rate = 3.5 * (count + 12) / total_2")
print(tokens)
print(len(tokens), "tokens")
hexcolors = re.findall(r"#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})\b", "#ff8800 #00FF7f #abc #123456")
print([tuple(int(c, 16) for c in t) for t in hexcolors])
