# Element types flow through aliases and through callees that mutate their
# parameters: every name for one list sees what any of them appends.
def fill(target, count):
    for i in range(count):
        target.append(i * 0.5)


values = []
alias = values
fill(alias, 3)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
table = {}
table["a"] = [1.5]
table.setdefault("b", []).append(2.5)
print(values, grid, table)
