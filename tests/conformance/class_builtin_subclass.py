# Subclassing list, dict, str and int.

class History(list):
    """A list that remembers how many items were ever appended."""

    def __init__(self, *args):
        super().__init__(*args)
        self.appended = 0

    def append(self, item):
        self.appended += 1
        super().append(item)

    def last(self, n=1):
        return self[-n:]


h = History([1, 2])
h.append(3)
h.append(4)
h.extend([5])                     # extend does not go through append
print(h, len(h), h.appended, h.last(2), type(h.last(2)).__name__)
print(h[1:3], type(h[1:3]).__name__, type(h + [9]).__name__, type(h * 2).__name__)
print([x * 10 for x in h], sum(h), 3 in h, h.index(4), isinstance(h, list), h == [1, 2, 3, 4, 5])
h.sort(reverse=True)
print(h, type(h).__name__, repr(h), str(h))
h[0] = 'five'
del h[-1]
print(h, bool(History()), sorted(h[1:]))


class OneBasedList(list):
    """Indexes start at 1, as in a textbook."""

    def __getitem__(self, i):
        if isinstance(i, int):
            if i == 0:
                raise IndexError('OneBasedList index starts at 1')
            return super().__getitem__(i - 1 if i > 0 else i)
        return super().__getitem__(i)


ob = OneBasedList('abcde')
print(ob[1], ob[5], ob[-1], ob[1:3], list(ob), [c for c in ob])   # iteration does not use __getitem__
try:
    ob[0]
except IndexError as e:
    print('IndexError:', e)


class DefaultCounter(dict):
    """dict with __missing__: reading an absent key counts as zero."""

    def __missing__(self, key):
        return 0


dc = DefaultCounter()
for ch in 'mississippi':
    dc[ch] += 1
print(sorted(dc.items()), dc['z'], 'z' in dc, dc.get('z'), len(dc))


class Tree(dict):
    """Autovivification: missing keys create nested trees."""

    def __missing__(self, key):
        child = self[key] = Tree()
        return child


t = Tree()
t['animals']['mammals']['cat'] = 'meow'
t['animals']['birds']['owl'] = 'hoot'
t['plants']['tree'] = 'oak'
print(t)
print(sorted(t['animals']), type(t['animals']).__name__, isinstance(t, dict))


class LowerKeyDict(dict):
    """Keys are stored lower-case when set with d[k] = v."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerKeyDict()
ld['Content-Type'] = 'text/html'
ld['HOST'] = 'example.org'
print(ld, ld['content-type'], ld['Host'])
# dict's own constructor and update() do not call the overridden __setitem__
ld.update({'Accept': '*/*'})
ld2 = LowerKeyDict(User='x')
print(sorted(ld), sorted(ld2), ld.get('accept'), ld.get('Accept'))
print(LowerKeyDict.__mro__[1].__name__, dict(ld) == {'content-type': 'text/html', 'host': 'example.org', 'Accept': '*/*'})


class Identifier(str):
    def __new__(cls, text):
        if not text.isidentifier():
            raise ValueError(f'{text!r} is not an identifier')
        return super().__new__(cls, text)

    def snake(self):
        out = ''.join('_' + c.lower() if c.isupper() else c for c in self)
        return Identifier(out.lstrip('_'))


ident = Identifier('parseHttpRequest')
print(ident, ident.snake(), type(ident.snake()).__name__, type(ident.upper()).__name__, len(ident))
print(ident == 'parseHttpRequest', ident + '!', {'parseHttpRequest': 1}[ident], f'[{ident:>20}]')
try:
    Identifier('2fast')
except ValueError as e:
    print('ValueError:', e)


class Percent(int):
    def __str__(self):
        return f'{int(self)}%'

    def __add__(self, other):
        return Percent(min(100, int(self) + int(other)))


p = Percent(70)
print(p, p + 50, p * 2, type(p * 2).__name__, p > 50, repr(p), int(p) + 1, [p])
print(sorted([Percent(30), 10, Percent(20)]), max(Percent(5), 3), f'{p:5d}|{p!s}')


class MyError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f'[{self.code}] {self.reason}'


try:
    raise MyError(404, 'not found')
except Exception as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))

# Truth of int, float and str subclass instances comes from their value.
class Flags(int):
    pass


class Name(str):
    pass


print(bool(Flags(0)), bool(Flags(3)), bool(Name('')), bool(Name('x')), not Flags(0), [n for n in (Name(''), Name('a')) if n])
