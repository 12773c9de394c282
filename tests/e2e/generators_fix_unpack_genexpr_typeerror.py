w, h = (int(x) for x in "3 4".split())
print(w * h)
