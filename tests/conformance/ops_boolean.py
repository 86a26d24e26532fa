# and / or return an operand, not necessarily a bool; not always returns bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, 0 or None)
print('' or 'default', 'value' or 'default', [] and 'x', [1] and 'x')
print(None and 1, False or [], True and 0, 0.0 or 'zero', 'a' and 'b' and 'c')
print(0 or '' or [] or 'last', 1 and 'two' and [3], 0 and 1 or 2, 1 and 0 or 3)
print(not 1, not 0, not 'a', not '', not None, not [], not not 'x')
print(type(1 and 2), type(not 1), type(0 or ''))

# Short-circuit evaluation
log = []
def t(name):
    log.append(name)
    return True
def f(name):
    log.append(name)
    return False
print(f('a') and t('b'), log)
log.clear()
print(t('a') or f('b'), log)
log.clear()
print(t('a') and f('b') and t('c'), log)
log.clear()
print(f('a') or f('b') or t('c') or t('d'), log)
log.clear()
print(not f('a') and t('b'), log)

# Guarding with and
items = []
print(items and items[0])
items = [42]
print(items and items[0])
d = {'user': {'name': 'kim'}}
print(d.get('user') and d['user'].get('name'))
print(d.get('admin') and d['admin'].get('name'))

# Defaults with or
def greet(name=None):
    name = name or 'stranger'
    return 'hello ' + name
print(greet(), greet(''), greet('ana'))

# Precedence: not > and > or
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 or 0 and 0, (1 or 0) and 0)

# Boolean logic tables
for a in [False, True]:
    for b in [False, True]:
        print(a, b, a and b, a or b, a != b, not a)

# any / all with generators
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 == 1 for n in nums))
print(all([]), any([]), all([0, 1]), any([0, '', None, 3]))

# Conditional expressions
for n in range(-2, 3):
    print(n, 'positive' if n > 0 else 'zero' if n == 0 else 'negative')
x = 5
print('big' if x > 3 else 'small', (x if x % 2 else -x), [i if i % 2 else 0 for i in range(5)])
