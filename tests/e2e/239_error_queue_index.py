# Tests an uncaught IndexError from a ring buffer reading past the end of its list after output; expect exit 1.
CAP = 5
buf = [0] * CAP
head = 0
size = 0

def push(v):
    global head, size
    buf[(head + size) % CAP] = v
    if size < CAP:
        size += 1
    else:
        head = (head + 1) % CAP

def items():
    return [buf[(head + i) % CAP] for i in range(size)]

for v in range(1, 9):
    push(v * v)
    print(f"push {v * v:3d} -> head={head} size={size} items={items()} raw={buf}")
window = items()
avg = sum(window) / len(window)
print("window", window, "avg", avg)
diffs = [window[i + 1] - window[i] for i in range(len(window) - 1)]
print("diffs", diffs, "second diffs", [diffs[i + 1] - diffs[i] for i in range(len(diffs) - 1)])
pairs = []
for i in range(0, len(window), 2):
    pairs.append((window[i], window[i + 1]))
    print("pairs so far", pairs)
print("never printed", pairs)
