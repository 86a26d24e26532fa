# An exception raised while handling another one (implicit chaining) is uncaught.
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print('empty input, falling back to the first value')
        return values[0]


print(average([1, 2, 3]))
print(average([]))
