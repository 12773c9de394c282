def check_age(age: int) -> int:
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age


ages = [30, 12, 0, -4, 50]
total = 0
for a in ages:
    print(f"checking {a}")
    total += check_age(a)
    print(f"running total {total}")
print("never reached")
