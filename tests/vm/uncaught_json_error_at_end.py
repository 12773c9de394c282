# Processes JSON config fragments, then dies with an uncaught JSONDecodeError on the last line
import json

fragments = [
    '{"service": "api", "port": 8080, "replicas": 3}',
    '{"service": "worker", "port": null, "replicas": 5, "queues": ["high", "low"]}',
    '{"service": "cron", "port": null, "replicas": 1, "schedule": "*/5 * * * *"}',
]

services = [json.loads(f) for f in fragments]
total = 0
for s in services:
    total += s["replicas"]
    extras = sorted(set(s) - {"service", "port", "replicas"})
    print(f"{s['service']:<7} port={s['port']!s:<5} replicas={s['replicas']} extras={extras}")
print("total replicas:", total)
merged = {s["service"]: {k: v for k, v in s.items() if k != "service"} for s in services}
dumped = json.dumps(merged, indent=1, sort_keys=True)
for line in dumped.splitlines()[:12]:
    print(line)
print("round trip ok:", json.loads(dumped) == merged)
print("about to parse a truncated document")
json.loads('{"service": "broken", "port": 80')
