class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


def attempt(job: int, attempt_no: int) -> str:
    if job == 3:
        raise FatalError(f"job {job} is corrupt")
    if attempt_no < job % 3:
        raise TransientError(f"job {job} busy on attempt {attempt_no}")
    return f"job {job} ok after {attempt_no + 1} attempt(s)"


results: list[str] = []
for job in range(1, 7):
    if job == 5:
        print("skipping job 5")
        continue
    tries = 0
    while True:
        try:
            if tries >= 3:
                print(f"giving up on job {job}")
                break
            results.append(attempt(job, tries))
            print(f"success for job {job}")
            break
        except TransientError as e:
            print(f"retry: {e}")
            continue
        except FatalError as e:
            print(f"fatal: {e}")
            break
        finally:
            tries += 1
            print(f"  [job {job} tries={tries}]")
    if job == 6:
        break
print(results)
