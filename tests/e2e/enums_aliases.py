from enum import Enum

class Status(Enum):
    OK = 200
    SUCCESS = 200
    NOT_FOUND = 404
    MISSING = 404
    ERROR = 500

print(len(Status), list(Status))
print(Status.SUCCESS, Status.SUCCESS is Status.OK, Status["MISSING"], Status(404))
print([s.name for s in Status], Status.ERROR.value)
codes = {Status.OK: "fine", Status.MISSING: "gone"}
print(codes[Status.SUCCESS], codes[Status.NOT_FOUND])
