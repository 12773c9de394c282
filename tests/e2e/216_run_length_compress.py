# Tests string compression schemes: run-length encode/decode, delta encoding of ints and a tiny LZ-style dictionary coder.
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def rle_decode(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out

for s in ["aaabccddddde", "abc", "zzzzzzzzzzzz", "", "aabbaa"]:
    e = rle_encode(s)
    print(f"{s!r:16} -> {e!r:18} ok={rle_decode(e) == s} ratio={len(e) / max(1, len(s)):.2f}")

values = [100, 102, 105, 105, 110, 108, 120, 121, 121, 130]
deltas = [values[0]] + [values[i] - values[i - 1] for i in range(1, len(values))]
print("deltas", deltas)
restored = []
acc = 0
for d in deltas:
    acc += d
    restored.append(acc)
print("restored", restored == values, restored[-3:])

def lzw(text):
    table = {chr(c): c for c in range(97, 123)}
    table[" "] = 32
    nxt = 256
    w = ""
    codes = []
    for ch in text:
        wc = w + ch
        if wc in table:
            w = wc
        else:
            codes.append(table[w])
            table[wc] = nxt
            nxt += 1
            w = ch
    if w:
        codes.append(table[w])
    return codes, table

codes, table = lzw("to be or not to be or to be")
print(len(codes), codes)
inverse = {table[k]: k for k in table}
print("".join(inverse[c] for c in codes))
learned = sorted((k for k in table if len(k) > 1), key=lambda k: table[k])
print(learned[:10])
bits = "".join(f"{c:09b}" for c in codes[:4])
print(bits, len(bits))
