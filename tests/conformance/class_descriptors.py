# Descriptors (__get__/__set__/__set_name__), __init_subclass__ and __class_getitem__:
# a tiny declarative model layer.

class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = '_' + name
        print(f'  Field {name!r} attached to {owner.__name__}')

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self                      # accessed on the class
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        raise AttributeError(f'cannot delete field {self.name!r}')


class Range(Field):
    def __init__(self, lo, hi, default=None):
        super().__init__(int, default)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        if isinstance(value, int) and not self.lo <= value <= self.hi:
            raise ValueError(f'{self.name}={value} not in [{self.lo}, {self.hi}]')
        super().__set__(obj, value)


class Model:
    registry = {}

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + 's'
        cls.fields = [n for n, v in vars(cls).items() if isinstance(v, Field)]
        Model.registry[cls.table] = cls
        print(f'  registered {cls.__name__} as {cls.table!r}')

    def __init__(self, **values):
        for name in self.fields:
            if name in values:
                setattr(self, name, values.pop(name))
        if values:
            raise TypeError(f'unknown fields: {", ".join(sorted(values))}')

    def __repr__(self):
        inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.fields)
        return f'{type(self).__name__}({inner})'


print('defining User')
class User(Model, table='people'):
    name = Field(str, default='anonymous')
    age = Range(0, 150, default=0)


print('defining Product')
class Product(Model):
    title = Field(str)
    stock = Range(0, 10_000, default=0)
    price = Field(float, default=0.0)


u = User(name='Grace', age=85)
print(u, User.table, User.fields, sorted(Model.registry))
print(User(), Product(title='pen', price=1.5))
for action in (lambda: setattr(u, 'age', 200), lambda: setattr(u, 'age', 'old'), lambda: User(nick='g'),
               lambda: delattr(u, 'name')):
    try:
        action()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(type(User.name).__name__, User.age.lo, User.age.hi, u.age)
print(sorted(k for k in vars(u)))


# Non-data descriptor (only __get__): instance attributes win over it.
class lazy:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value       # cache: later lookups bypass the descriptor
        return value


class Report:
    def __init__(self, numbers):
        self.numbers = numbers

    @lazy
    def total(self):
        print('  computing total')
        return sum(self.numbers)


rep = Report([1, 2, 3])
print(rep.total, rep.total, 'total' in vars(rep))
rep.total = 100
print(rep.total, type(Report.total).__name__)


# __init_subclass__ with keywords and inheritance of the hook.
class Plugin:
    plugins = []

    def __init_subclass__(cls, /, name, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name
        Plugin.plugins.append((priority, name))


class Zip(Plugin, name='zip', priority=2):
    pass


class Tar(Plugin, name='tar'):
    pass


class GzipTar(Tar, name='tgz', priority=5):
    pass


print(sorted(Plugin.plugins, reverse=True), GzipTar.plugin_name, Tar.plugin_name)
try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print('TypeError:', e)


# __class_getitem__ makes Class[...] work (as generic aliases do).
class TypedList(list):
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)
        return f'{cls.__name__} of {name}'


print(TypedList[int], TypedList['User'], TypedList[User])
print(list[int], dict[str, list[int]])
print(type(list[int]).__name__, list[int] == list[int])
