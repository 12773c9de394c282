# Tests an uncaught ValueError from list.remove of a missing element; expect "ValueError: list.remove(x): x not in list", exit 1.
queue = ["ann", "bob", "cy", "bob", "dee"]
print(queue, queue.count("bob"))
for name in ["bob", "dee", "bob"]:
    queue.remove(name)
    print("removed", name, "->", queue)
nums = [1, 2, 3, 2]
nums.remove(2)
print(nums)
while 2 in nums:
    nums.remove(2)
print(nums)
pending = [("a", 1), ("b", 2)]
pending.remove(("a", 1))
print(pending)
to_drop = ["cy", "zed", "ann"]
for name in to_drop:
    print("removing", name)
    queue.remove(name)
    print("queue", queue)
print("unreachable", queue)
