# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import threading
import json

results = []
def worker(n):
    results.append(n * n)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
