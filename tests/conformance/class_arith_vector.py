# Arithmetic dunders on a 2-D vector and a small matrix: forward, reflected, in-place, unary.

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Vector({self.x}, {self.y})'

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vector(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__          # addition is commutative here; also makes sum() work

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):       # dot product
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vector(self.x % k, self.y % k)

    def __pow__(self, n, mod=None):
        return Vector(pow(self.x, n, mod), pow(self.y, n, mod))

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)


a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b)
print(a + 1, 1 + a, a / 2, a // 2, a % 2, a ** 2, pow(a, 3, 5))
print(-a, +b, abs(a), abs(-b) == abs(b))
print(sum([a, b, Vector(0, 1)]), sum([a, b], Vector(10, 10)))
print(bool(Vector(0, 0)), bool(b), [v for v in (a, Vector(0, 0), b) if v])
try:
    a - 1
except TypeError as e:
    print('TypeError:', e)
try:
    a * None
except TypeError as e:
    print('TypeError:', e)
try:
    ~a
except TypeError as e:
    print('TypeError:', e)

# Without __iadd__, += rebinds to a new object; the old one is untouched.
start = Vector(0, 0)
pos = start
pos += Vector(1, 1)
pos *= 3
print(pos, start, pos is start)


class Polyline:
    """Mutable: += extends in place, + builds a new polyline."""

    def __init__(self, points=()):
        self.points = list(points)

    def __add__(self, other):
        return Polyline(self.points + other.points)

    def __iadd__(self, other):
        if isinstance(other, Vector):
            self.points.append(other)
        else:
            self.points.extend(other.points)
        return self

    def __len__(self):
        return len(self.points)

    def __repr__(self):
        return f'Polyline({self.points})'


line = Polyline([a])
alias = line
line += b
line += Polyline([Vector(9, 9)])
print(line is alias, len(alias), alias)
joined = line + Polyline([Vector(0, 0)])
print(len(joined), len(line), joined is line)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'

    def __matmul__(self, other):
        if isinstance(other, Vector):
            (p, q), (r, s) = self.rows
            return Vector(p * other.x + q * other.y, r * other.x + s * other.y)
        cols = list(zip(*other.rows))
        return Matrix([[sum(x * y for x, y in zip(row, col)) for col in cols] for row in self.rows])

    def __rmatmul__(self, other):
        # a row vector given as a list on the left
        if not isinstance(other, list):
            return NotImplemented
        return [sum(x * y for x, y in zip(other, col)) for col in zip(*self.rows)]

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows


rot = Matrix([[0, -1], [1, 0]])
ident = Matrix([[1, 0], [0, 1]])
print(rot @ a, rot @ rot, rot @ rot @ rot @ rot == ident)
print([1, 2] @ rot)
m = Matrix([[1, 1], [0, 1]])
keep = m
m @= m
m @= m
print(m, keep is m)
try:
    a @ rot
except TypeError as e:
    print('TypeError:', e)
