# Function arguments: defaults, *args, **kwargs, keyword arguments.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Dee'))
print(greet('Eve', 'Hey', '.'))

# Defaults are evaluated once: the mutable default gotcha
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

default_value = 10
def uses_default(x=default_value):
    return x
default_value = 20
print(uses_default(), uses_default(5))

# *args collects extra positionals into a tuple
def total(*args):
    print('args =', args, type(args).__name__)
    return sum(args)

print(total())
print(total(1, 2, 3))
print(total(*[4, 5], 6))

def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))

# **kwargs collects extra keywords into a dict (in call order)
def show(**kwargs):
    for key, value in kwargs.items():
        print(' ', key, '=', value)
    return len(kwargs)

print(show(b=2, a=1, c=3))
print(show())
print(show(**{'x': 1, 'y': 2}, z=3))

def everything(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))
print(everything(*[1, 2, 3], **{'c': 0, 'd': 1, 'f': 2}))

# Forwarding arguments
def wrapper(*args, **kwargs):
    return greet(*args, **kwargs)
print(wrapper('Fay', punct='...'))

# Keyword arguments with computed values
def box(width, height, fill='#'):
    lines = []
    for _ in range(height):
        lines.append(fill * width)
    return '\n'.join(lines)
print(box(4, 2))
print(box(height=1, width=6, fill='='))

def count_calls(counter={'n': 0}):
    counter['n'] += 1
    return counter['n']
print(count_calls(), count_calls(), count_calls())
print(greet.__name__, everything.__name__, append_to.__name__)
