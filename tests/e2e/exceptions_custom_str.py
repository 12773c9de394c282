class HttpError(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def __str__(self) -> str:
        return f"HTTP {self.code}: {self.reason}"

    def is_client_error(self) -> bool:
        return 400 <= self.code < 500


class NotFound(HttpError):
    def __init__(self, path: str) -> None:
        super().__init__(404, "Not Found")
        self.path = path

    def __str__(self) -> str:
        return f"{self.path} was not found (404)"


routes = {"/": "home page", "/about": "about page"}


def fetch(path: str) -> str:
    if path.startswith("/admin"):
        raise HttpError(403, "Forbidden")
    if path == "/crash":
        raise HttpError(500, "Internal Server Error")
    if path not in routes:
        raise NotFound(path)
    return routes[path]


for p in ["/", "/missing", "/admin/panel", "/crash", "/about"]:
    try:
        body = fetch(p)
        print(f"200 {p}: {body}")
    except HttpError as e:
        print(e)
        print(f"  str={str(e)} fstr={e} client={e.is_client_error()} code={e.code}")

e = NotFound("/x")
print(str(e))
print(e.reason, e.code, e.path)
