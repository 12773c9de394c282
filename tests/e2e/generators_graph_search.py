GRAPH = {
    "a": ["b", "c"],
    "b": ["d", "e"],
    "c": ["f"],
    "d": [],
    "e": ["f", "g"],
    "f": ["h"],
    "g": ["h"],
    "h": [],
}


def bfs(graph, start):
    seen = {start}
    queue = [start]
    while queue:
        node = queue.pop(0)
        yield node
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)


def dfs(graph, node, seen):
    seen.add(node)
    yield node
    for nxt in graph[node]:
        if nxt not in seen:
            yield from dfs(graph, nxt, seen)


def paths(graph, node, goal, path):
    path = path + [node]
    if node == goal:
        yield path
        return
    for nxt in graph[node]:
        yield from paths(graph, nxt, goal, path)


def edges(graph):
    for src in sorted(graph):
        for dst in graph[src]:
            yield (src, dst)


print("bfs:", " ".join(bfs(GRAPH, "a")))
print("dfs:", " ".join(dfs(GRAPH, "a", set())))
all_paths = list(paths(GRAPH, "a", "h", []))
for p in all_paths:
    print("->".join(p))
print("shortest:", min(all_paths, key=len))
print("edge count:", sum(1 for _ in edges(GRAPH)))
indeg = {}
for _, dst in edges(GRAPH):
    indeg[dst] = indeg.get(dst, 0) + 1
print(sorted(indeg.items()))
print("reachable from e:", sorted(bfs(GRAPH, "e")))
