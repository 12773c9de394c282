# Tests an import cycle CPython accepts: each module reads the other's names
# only inside functions, after both have finished loading.
import ping

print("main:", ping.ping(3))
print("main:", ping.pong.pong(2))
