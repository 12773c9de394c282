# More places a new instance dict is exact: later arguments that change
# nothing, dict.update, sum of values, a key function that is a lambda,
# membership in the keys view, comparison with a dict display.
class Stats:
    def __init__(self, wins, losses):
        self.wins = wins
        self.losses = losses
        self.draws = 0

    def __repr__(self):
        return f"Stats({self.wins}, {self.losses})"


s = Stats(5, 3)
print(vars(s), len(vars(s)))
merged = {"team": 0}
merged.update(vars(s))
print(merged)
print(sum(vars(s).values()))
print(sorted(vars(s).items(), key=lambda item: item[1]))
print("wins" in vars(s).keys(), "ties" in s.__dict__)
print(vars(s) == {"wins": 5, "losses": 3, "draws": 0}, vars(s) != {})
print([s], vars(s))
