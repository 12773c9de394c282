# Tests partition and rpartition (found/not found) and splitlines (with \n, \r\n, trailing newline, keepends).
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
email = "ada.lovelace@example.org"
user, at, domain = email.partition("@")
print(user, at, domain)
host, dot, tld = domain.rpartition(".")
print(host, dot, tld)
config = """# settings
name = taipan
version = 3.11

mode=release
broken line
path = /a=b/c
"""
settings = {}
for line in config.splitlines():
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        continue
    key, sep, val = stripped.partition("=")
    if not sep:
        print("skip:", repr(stripped))
        continue
    settings[key.strip()] = val.strip()
print(settings)
text = "line one\nline two\r\nline three\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.split("\n"))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "no newline".splitlines())
print("x\ry\r\nz".splitlines(keepends=True))
filename = "archive.tar.gz"
base, _, ext = filename.partition(".")
stem, _, last_ext = filename.rpartition(".")
print(base, ext, stem, last_ext)
def parse_header(h):
    name, _, value = h.partition(":")
    return (name.strip().lower(), value.strip())
headers = ["Content-Type: text/html", "X-Empty:", "Host: example.com:8080"]
parsed = [parse_header(h) for h in headers]
print(parsed)
poem = "Roses are red\nViolets are blue\n\nSugar is sweet"
for i, ln in enumerate(poem.splitlines(), 1):
    print(i, repr(ln), len(ln))
