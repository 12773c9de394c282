# Values of several types, as ordinary scripts have them: a tokenizer whose
# tokens are ints, floats or strs, a stack evaluator dispatching on their
# types, records with optional fields, and a mixed list summarised by type.


def tokenize(text):
    tokens = []
    for word in text.split():
        if word.isdigit():
            tokens.append(int(word))
        elif word.replace(".", "", 1).isdigit():
            tokens.append(float(word))
        else:
            tokens.append(word)
    return tokens


def evaluate(tokens):
    stack = []
    for token in tokens:
        if isinstance(token, str):
            right = stack.pop()
            left = stack.pop()
            if token == "+":
                stack.append(left + right)
            elif token == "-":
                stack.append(left - right)
            else:
                stack.append(left * right)
        else:
            stack.append(token)
    return stack[0]


def find_age(people, name):
    for person in people:
        if person["name"] == name:
            return person["age"]
    return None


def main():
    program = " ".join(["3 4.5 + 2 *", "7 1 - 3 *", "1.25 8 * 2 -"] * 5)
    total = 0.0
    for round_number in range(3000):
        total += evaluate(tokenize(program)) + round_number % 3
    print(round(total, 2))
    people = [{"name": "p" + str(i), "age": i * 7 % 90} for i in range(200)]
    found = 0
    missing = 0
    for i in range(300000):
        age = find_age(people, "p" + str(i % 211))
        if age is None:
            missing += 1
        else:
            found += age
    print(found, missing)
    mixed = []
    for i in range(200000):
        if i % 3 == 0:
            mixed.append(i)
        elif i % 3 == 1:
            mixed.append(str(i))
        else:
            mixed.append(i / 2)
    counts = {}
    for value in mixed:
        name = type(value).__name__
        counts[name] = counts.get(name, 0) + 1
    print(counts)


main()
