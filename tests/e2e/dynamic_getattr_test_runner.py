# getattr/hasattr with computed names on the program's instances: test runner.
class Tests:
    def __init__(self):
        self.setup_count = 0
    def setup(self):
        self.setup_count += 1
    def test_add(self):
        assert 1 + 1 == 2
    def test_fail(self):
        assert 2 * 2 == 5, "math is broken"
    def test_error(self):
        return [1][3]
    def test_ok2(self):
        assert "a" in "abc"
    def helper(self):
        return 1

names = ["test_add", "test_fail", "helper", "test_error", "test_missing", "test_ok2"]
t = Tests()
results = {}
for n in names:
    if not n.startswith("test_"):
        continue
    fn = getattr(t, n, None)
    if fn is None:
        results[n] = "missing"
        continue
    getattr(t, "setup")()
    try:
        fn()
        results[n] = "ok"
    except AssertionError as e:
        results[n] = "FAIL: " + str(e)
    except Exception as e:
        results[n] = "ERROR: " + type(e).__name__ + ": " + str(e)
for k in results:
    print(k, results[k])
print("setups:", t.setup_count)
