# Fails with ZeroDivisionError after printing some results.
def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([10]))
print(10 // 3, 10 % 3)
print('about to divide by zero')
print(average([]))
print('never printed')
