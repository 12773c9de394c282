# Exercises re.match/search results with `is None` checks, group unpacking, named groups and spans in native loops.
import re

pat = re.compile(r"(?P<user>[a-z]+)@(?P<host>[a-z]+)\.(?P<tld>com|org|net)$")
emails = ["alice@example.com", "bob@site.org", "BAD@x.com", "carol@web.net", "dave@nowhere", "eve@mail.org"]
hosts = {}
for e in emails:
    m = pat.match(e)
    if m is None:
        print("no match:", e)
        continue
    user, host, tld = m.groups()
    start, end = m.span("host")
    hosts[host] = hosts.get(host, 0) + 1
    print(f"{user:>6} at {host}.{tld} host-span=({start},{end}) d={m.groupdict()['tld']}")
print(sorted(hosts.items()))
m = re.search(r"(\d+)-(\d+)", "range: 10-250 units")
if m is not None:
    a, b = m.group(1, 2)
    print("range sum:", int(a) + int(b), "whole:", m.group(0), "start:", m.start())
m2 = re.match(r"x", "abc")
print("m2 is None:", m2 is None, "bool:", bool(m2))
m3 = re.fullmatch(r"(a)(b)?", "a")
print("optional group:", m3.group(2) is None, m3.groups(), m3.groups(default="-"))
n = 0
for s in ["a1", "b", "c22", "d333", ""]:
    if re.match(r"[a-z]\d+", s):
        n += 1
print("with digits:", n)
print(m3.lastindex, m3.re.pattern, m3.string)
