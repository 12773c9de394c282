import ping

print("pong loading")


def pong(n):
    if n == 0:
        return "pong-done"
    return ping.ping(n - 1)
