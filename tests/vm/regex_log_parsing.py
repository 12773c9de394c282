# Regular expressions: compile, named groups, findall over web-server style log lines
import re
from collections import Counter

LOG = """\
192.168.1.10 - - [12/Mar/2023:10:15:32] "GET /index.html HTTP/1.1" 200 5120
10.0.0.5 - - [12/Mar/2023:10:15:40] "POST /api/login HTTP/1.1" 401 230
192.168.1.10 - - [12/Mar/2023:10:16:01] "GET /images/logo.png HTTP/1.1" 200 20480
172.16.0.2 - - [12/Mar/2023:10:17:12] "GET /missing HTTP/1.1" 404 0
10.0.0.5 - - [12/Mar/2023:10:17:15] "POST /api/login HTTP/1.1" 200 512
garbage line that should not match
192.168.1.11 - - [12/Mar/2023:10:18:59] "DELETE /api/item/42 HTTP/1.1" 500 87
"""

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)'
)

records = []
for line in LOG.splitlines():
    m = LINE_RE.match(line)
    if not m:
        print("skip:", line)
        continue
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["size"] = int(rec["size"])
    records.append(rec)

for r in records:
    print(f"{r['ip']:<14} {r['method']:<6} {r['path']:<20} {r['status']} {r['size']:>6}")

by_status = Counter(r["status"] // 100 for r in records)
for klass in sorted(by_status):
    print(f"{klass}xx: {by_status[klass]}")

print("bytes by ip:")
totals = {}
for r in records:
    totals[r["ip"]] = totals.get(r["ip"], 0) + r["size"]
for ip, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"  {ip}: {total}")

times = re.findall(r"\[\d+/\w+/\d+:(\d\d):(\d\d):(\d\d)\]", LOG)
print("times:", times)
print("ids in paths:", [int(x) for x in re.findall(r"/(\d+)\b", LOG)])
m = LINE_RE.search(LOG)
print("first span:", m.span(), m.group("path"), m.start("status"))
print("ip octets:", re.fullmatch(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", "172.16.0.2").groups())
print(re.fullmatch(r"\d+", "12a") is None)
