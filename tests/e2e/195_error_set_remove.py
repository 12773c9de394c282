# Tests an uncaught KeyError from set.remove of a missing element; expect "KeyError: 5", exit 1.
active = {1, 2, 3, 4, 10}
print(active, len(active))
active.remove(10)
active.discard(5)
active.discard(5)
print(active)
for user in [3, 1]:
    active.remove(user)
    print("logged out", user, "->", active)
active.add(7)
active |= {8, 9}
print(active, sorted(active), 5 in active)
history = []
for user in [7, 5, 2]:
    print("removing", user)
    active.remove(user)
    history.append(user)
    print("removed so far", history, active)
print("unreachable", active)
