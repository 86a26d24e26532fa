# Comparison methods may return any object: the comparison expression's value is what they return.
class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __eq__(self, other):
        return [a == b for a, b in zip(self.xs, other.xs)]

    def __lt__(self, other):
        return Vec(*[a < b for a, b in zip(self.xs, other.xs)])

    def __gt__(self, other):
        return "gt"

    def __le__(self, other):
        return 0

    def __repr__(self):
        return 'Vec%r' % (self.xs,)


a, b = Vec(1, 5), Vec(3, 5)
print(a == b, a < b, a > b, a <= b, b >= a)
print(a != b)
r = a < b
print(type(r).__name__, r)
print(1 < 2 < 3, 3 > 2 > 5, 1 < 2 == 2.0)
print(a < b < Vec(9, 9))
print(a <= b < Vec(9, 9))
x = 5
print(1 < x <= 5, 1 < x < 5, None is None is not False, 2 in [1, 2] in [[1, 2]])
if a <= b:
    print('truthy')
else:
    print('falsy')
print([v for v in (a == b)], not (a <= b), bool(a < b))
while a <= b:
    break
else:
    print('loop skipped')
