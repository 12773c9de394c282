# Mostly numeric loops plus a little JSON and regex I/O: a log of sensor
# readings is generated, parsed with a regular expression, the readings are
# smoothed and summarised by native loops, and the summary goes out as JSON.
import json
import re

LINE = re.compile(r"sensor=(\w+) t=(\d+) value=(-?\d+\.\d+)")


def make_log(count):
    lines = []
    seed = 12345
    for t in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        value = (seed % 20000) / 100.0 - 100.0
        lines.append("sensor=s" + str(t % 7) + " t=" + str(t) + " value=" + format(value, ".2f"))
    return "\n".join(lines)


def smooth(values, width, rounds):
    current = values[:]
    n = len(current)
    for _ in range(rounds):
        result = [0.0] * n
        for i in range(n):
            total = 0.0
            count = 0
            for j in range(max(0, i - width), min(n, i + width + 1)):
                total += current[j]
                count += 1
            result[i] = total / count
        current = result
    return current


def main():
    config = json.loads('{"readings": 20000, "width": 6, "rounds": 12, "threshold": 5.0}')
    count = int(config["readings"])
    width = int(config["width"])
    rounds = int(config["rounds"])
    threshold = float(config["threshold"])
    log = make_log(count)
    values = []
    sensors = []
    for match in LINE.finditer(log):
        sensors.append(str(match.group(1)))
        values.append(float(match.group(3)))
    smoothed = smooth(values, width, rounds)
    peaks = 0
    for i in range(1, len(smoothed) - 1):
        if smoothed[i] > smoothed[i - 1] and smoothed[i] > smoothed[i + 1] and abs(smoothed[i]) > threshold:
            peaks += 1
    per_sensor = {}
    for sensor, value in zip(sensors, smoothed):
        per_sensor[sensor] = per_sensor.get(sensor, 0.0) + value
    summary = {"readings": len(values), "peaks": peaks, "mean": round(sum(smoothed) / len(smoothed), 6)}
    totals = {name: round(total, 3) for name, total in per_sensor.items()}
    print(json.dumps(summary, sort_keys=True))
    print(json.dumps(totals, sort_keys=True))


main()
