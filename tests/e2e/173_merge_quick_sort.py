# Tests hand-written sorting algorithms on lists: merge sort, quicksort, insertion sort, counting sort, with checks.
def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)
def insertion_sort(xs):
    a = xs[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def counting_sort(xs, top):
    counts = [0] * (top + 1)
    for x in xs:
        counts[x] += 1
    out = []
    for v, c in enumerate(counts):
        out.extend([v] * c)
    return out
seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
print(data)
ms = merge_sort(data)
qs = quicksort(data)
ins = insertion_sort(data)
cs = counting_sort(data, 99)
print(ms)
print(ms == qs == ins == cs == sorted(data), data[:5])
print(merge_sort([]), quicksort([1]), insertion_sort([2, 1]), counting_sort([3, 0, 3], 3))
def merge_sort_words(ws):
    if len(ws) <= 1:
        return ws
    mid = len(ws) // 2
    left = merge_sort_words(ws[:mid])
    right = merge_sort_words(ws[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0].lower() <= right[0].lower() else right.pop(0))
    return out + left + right
words = ["pear", "Apple", "fig", "apple", "Banana", "kiwi"]
print(merge_sort_words(words), sorted(words, key=lambda w: w.lower()))
inv = 0
for i in range(len(data)):
    for j in range(i + 1, len(data)):
        if data[i] > data[j]:
            inv += 1
print("inversions", inv, "distinct", len(set(data)), "median", ms[len(ms) // 2])
