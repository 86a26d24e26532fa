# Wrong number of arguments to __init__.
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f'Point({self.x})'


print(Point(1))
points = [Point(i) for i in range(3)]
print(points)
p = Point(1, 2)
print('not reached', p)
