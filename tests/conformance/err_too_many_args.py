# Calling a function with too many positional arguments.
def f(a):
    return a * 2

print(f(21))
print(f(a='ab'))
print(f(1, 2))
