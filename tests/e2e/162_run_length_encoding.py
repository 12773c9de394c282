# Tests run-length encoding/decoding of strs and lists into lists of tuples, and the look-and-say sequence.
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out
def unrle(pairs):
    return "".join(ch * n for ch, n in pairs)
def rle_str(s):
    return "".join(f"{n}{ch}" for ch, n in rle(s))
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "ééé日日"]:
    enc = rle(s)
    print(repr(s), enc, rle_str(s), unrle(enc) == s)
def rle_ints(xs):
    out = []
    for x in xs:
        if out and out[-1][0] == x:
            out[-1] = (x, out[-1][1] + 1)
        else:
            out.append((x, 1))
    return out
nums = [1, 1, 1, 2, 2, 3, 1, 1, 4, 4, 4, 4]
print(rle_ints(nums))
decoded = []
for value, count in rle_ints(nums):
    decoded.extend([value] * count)
print(decoded == nums, decoded)
def parse_rle(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append((ch, int(num) if num else 1))
            num = ""
    return out
print(parse_rle("12W1B12W3B24W1B14W"), unrle(parse_rle("3a2bc")))
term = "1"
for step in range(10):
    print(step, term)
    term = rle_str(term)
longest = max(rle("aabbbbccdddddde"), key=lambda p: p[1])
print("longest run", longest)
bits = [0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0]
runs = rle_ints(bits)
print(runs, max(r[1] for r in runs if r[0] == 1), max(r[1] for r in runs if r[0] == 0))
