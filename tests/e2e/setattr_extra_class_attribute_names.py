# Review case: setattr of names that class attributes also have: the instance's own value wins.
class Settings:
    mode = "default"
    retries = 3

    def report(self):
        return f"{self.mode}/{self.retries}"

s = Settings()
t = Settings()
print(s.report(), t.report())
for k, v in {"mode": "fast", "retries": 10}.items():
    setattr(s, k, v)
print(s.report(), t.report())
print(Settings.mode, s.mode, t.mode)
delattr(s, "mode")
print(s.mode, s.retries)
