# if / elif / else in many shapes.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))

def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)

print(' '.join(fizzbuzz(i) for i in range(1, 31)))

# Nested ifs
def grade(score, bonus):
    if score >= 50:
        if bonus:
            if score >= 90:
                return 'A+'
            return 'pass+'
        else:
            if score >= 90:
                return 'A'
            return 'pass'
    else:
        if bonus and score >= 45:
            return 'pass (bonus)'
        return 'fail'

for s in [95, 70, 47, 20]:
    print(s, grade(s, True), grade(s, False))

# Truthiness of conditions
for value in [0, 1, '', 'x', [], [0], None, {}, {'a': 1}, 0.0]:
    if value:
        print(repr(value), 'is truthy')
    else:
        print(repr(value), 'is falsy')

# Conditions with and / or / not
def describe(age, member):
    if age < 12 and not member:
        return 'child'
    elif age < 12 or age > 65:
        return 'discount'
    elif member and 18 <= age <= 25:
        return 'student member'
    elif not member:
        return 'regular'
    return 'member'

for age, member in [(8, False), (8, True), (70, False), (20, True), (30, False), (40, True)]:
    print(age, member, describe(age, member))

# Single-line if statements and pass
x = 7
if x > 5: print('x is big')
if x < 5: print('never')
if x == 7:
    pass
else:
    print('unreachable')

# if with walrus-free assignment before
text = 'hello world'
n = len(text)
if n > 10:
    print('long text', n)

# Leap years
for year in [1900, 2000, 2023, 2024, 2100]:
    if year % 400 == 0:
        leap = True
    elif year % 100 == 0:
        leap = False
    elif year % 4 == 0:
        leap = True
    else:
        leap = False
    print(year, 'leap' if leap else 'common')

# Conditional expressions
for t in [-3, 15, 30]:
    state = 'ice' if t < 0 else 'water' if t < 25 else 'warm water'
    print(t, state)
sign = lambda v: -1 if v < 0 else (1 if v > 0 else 0)
print([sign(v) for v in [-9, 0, 4]])
