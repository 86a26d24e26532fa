# bool and None: truthiness, identity, arithmetic and repr.
print(True, False, None)
print(repr(True), str(False), repr(None), str(None))
print(type(True), type(None), type(True).__name__, type(None).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(-0.0))
print(bool(''), bool(' '), bool('0'), bool([]), bool([0]), bool(()), bool((None,)))
print(bool({}), bool({0: 0}), bool(set()), bool({0}), bool(range(0)), bool(range(1)))
print(bool(None), bool(b''), bool(b'\x00'), bool(), bool(frozenset()))
print(not None, not 0, not 1, not [], not [1], not '')

# Booleans as numbers
print(True + True, True - False, True * 10, True / 2, True // 2, -True, ~False)
print(True == 1, True is True, False == 0, True != 0, True > False)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(True + 0.5, str(True + 0), [True] * 3, sum([True] * 7))
print(int(True), float(False), str(True), str(True).upper())
print(max(True, 0), min(False, 1), abs(True), hash(True) == hash(1))

# None as default / sentinel
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None

r = find([5, 3, 8], 8)
print(r, r is None, r is not None)
r = find([5, 3, 8], 4)
print(r, r is None, r is not None)
print(find([], 1) == None, None == None, None is None, None != 0)

def nothing():
    pass
print(nothing(), nothing() is None)

def early(flag):
    if flag:
        return
    return 1
print(early(True), early(False))

# Counting truthy values
values = [0, 1, '', 'a', [], [0], None, True, False, 0.0, 3.5, {}, (0,)]
print(len([v for v in values if v]), len([v for v in values if not v]))
print([bool(v) for v in values])

# Booleans in containers and comparisons
flags = [True, False, True, True]
print(flags, flags.count(True), flags.index(False), sorted(flags))
print(any(flags), all(flags), any([]), all([]))
d = {True: 'yes', False: 'no'}
print(d[1 == 1], d[1 > 2], d[1], d[0])
d = {1: 'int one', True: 'bool one'}
print(d, len(d))
print({0, False, 1, True}, {None: None})
print([None, True, False], (None,), {'k': None})
print(True and 'x', False and 'x', None or 'default', 0 or None)
print(True if None else False, 'set' if [0] else 'empty')
