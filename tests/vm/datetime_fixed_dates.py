# datetime with fixed dates: arithmetic, timedelta, strftime/strptime, weekdays
from datetime import date, datetime, timedelta, time

launch = date(2023, 3, 14)
print(launch, launch.isoformat(), launch.strftime("%A %d %B %Y"), launch.weekday(), launch.isoweekday())
print("100 days later:", launch + timedelta(days=100))
print("days until new year:", (date(2024, 1, 1) - launch).days)
print("leap day 2024:", date(2024, 2, 28) + timedelta(days=1), "| 2023:", date(2023, 2, 28) + timedelta(days=1))

meeting = datetime(2023, 11, 5, 14, 30, 0)
print(meeting, meeting.strftime("%Y-%m-%d %H:%M (%a) day %j"))
end = meeting + timedelta(hours=2, minutes=45)
print("ends:", end.time(), "| duration:", end - meeting, (end - meeting).total_seconds())
print(datetime.strptime("2021-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2022-12-31T23:59:59") + timedelta(seconds=1))


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    days_in_month = (date(year + (month == 12), month % 12 + 1, 1) - date(year, month, 1)).days
    return date(year, month, min(d.day, days_in_month))


start = date(2023, 1, 31)
print("monthly:", [str(add_months(start, k)) for k in range(0, 6)])


def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


print("business days in March 2023:", business_days(date(2023, 3, 1), date(2023, 4, 1)))
fridays13 = [date(y, m, 13) for y in range(2023, 2026) for m in range(1, 13) if date(y, m, 13).weekday() == 4]
print("Friday 13ths:", [d.strftime("%b %Y") for d in fridays13])
birthdays = {"ana": date(1990, 6, 15), "ben": date(1985, 12, 1), "cy": date(2000, 2, 29)}
today = date(2024, 6, 1)
for name, b in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(f"  {name:<4} born {b:%d/%m/%Y} age {age}")
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661)
print(td, td.days, td.seconds, timedelta(weeks=2) // timedelta(days=3), timedelta(hours=7) * 3)
print(time(9, 5).strftime("%I:%M %p"), time(21, 45, 10).isoformat(), date.fromordinal(738000), date(2023, 1, 1).toordinal())
print(sorted([date(2022, 5, 1), date(2021, 12, 31), date(2022, 1, 1)]), max(meeting, end) == end)
print(date(2023, 12, 25).isocalendar(), datetime(2020, 1, 1).replace(year=2030, hour=6))
