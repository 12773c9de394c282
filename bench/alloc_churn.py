# Builds and drops 10**7 small lists and dicts; the peak memory must stay
# small because the collector reclaims them.


def churn(rounds):
    kept = 0
    for i in range(rounds):
        pair = [i, i + 1, i + 2]
        table = {"a": i, "b": pair[1]}
        kept += pair[2] - table["a"]
    return kept


print(churn(5000000) + churn(5000000))
