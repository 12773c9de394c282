# Exercises datetime.date/timedelta arithmetic in native loops, strftime, comparisons, sorting, dict keys and ValueError.
from datetime import date, datetime, timedelta

start = date(2024, 2, 25)
days = []
d = start
while d < date(2024, 3, 4):
    days.append(d)
    d += timedelta(days=1)
for day in days:
    print(day.isoformat(), day.strftime("%a"), day.weekday(), "weekend" if day.weekday() >= 5 else "")
gap = days[-1] - days[0]
print("gap:", gap, gap.days, gap.total_seconds())
by_month = {}
for day in days:
    by_month.setdefault((day.year, day.month), []).append(day.day)
print(by_month)
events = [(date(2024, 3, 1), "launch"), (date(2023, 12, 31), "nye")]
for k, name in sorted(events):
    print(f"{k:%d/%m/%Y} {name}")
print(any(k == date(2024, 2, 29) for k, _ in events), max(events), min(days) == start)
dt = datetime(2024, 1, 31, 23, 30)
later = dt + timedelta(minutes=45)
print(later, later.month, repr(later.date()))
for y, m, dd in [(2023, 2, 29), (2024, 2, 29), (2024, 13, 1)]:
    try:
        print("valid:", date(y, m, dd))
    except ValueError as e:
        print("ValueError:", e)
print(datetime.strptime("2021-07-04 12:00", "%Y-%m-%d %H:%M").strftime("%B %d"), timedelta(hours=30) > timedelta(days=1))
