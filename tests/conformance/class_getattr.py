# Attribute hooks: __getattr__, __getattribute__, __setattr__ and __delattr__.

class Record:
    """A record with a fixed set of fields, validated on assignment."""
    fields = ('name', 'age')

    def __init__(self, **values):
        object.__setattr__(self, '_changes', [])
        for k, v in values.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        if name not in self.fields:
            raise AttributeError(f'Record has no field {name!r}')
        if name == 'age' and not isinstance(value, int):
            raise TypeError(f'age must be int, not {type(value).__name__}')
        self._changes.append(name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        if name == 'name':
            raise AttributeError('name is required')
        self._changes.append('-' + name)
        super().__delattr__(name)

    def __getattr__(self, name):
        # only called when normal lookup fails
        if name in self.fields:
            return None
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')


r = Record(name='Ada')
print(r.name, r.age, r._changes)
r.age = 36
print(r.age, vars(r))
for action in (lambda: setattr(r, 'email', 'x'), lambda: setattr(r, 'age', '36'), lambda: delattr(r, 'name'),
               lambda: r.email):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
del r.age
print(r.age, r._changes, getattr(r, 'email', 'default'), hasattr(r, 'email'), hasattr(r, 'age'))


class Proxy:
    """Forwards everything to a wrapped object and logs what is looked up."""

    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p._log)
try:
    p.push(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    len(p)            # special methods are looked up on the type, not via __getattr__
except TypeError as e:
    print('TypeError:', e)


class Traced:
    """__getattribute__ sees every lookup, including methods."""

    def __init__(self):
        self.x = 1
        self.seen = []

    def __getattribute__(self, name):
        if name != 'seen':
            object.__getattribute__(self, 'seen').append(name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2


t = Traced()
print(t.double(), t.x, t.seen)
try:
    t.missing
except AttributeError as e:
    print('AttributeError:', e, t.seen[-1])


class Fallback:
    """__getattribute__ raising AttributeError falls back to __getattr__."""

    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f'<computed {name}>'


f = Fallback()
f.visible = 'here'
f.secret_key = 'hidden'
print(f.visible, f.secret_key, f.other)


class Namespace:
    """Attribute access backed by a dict, like types.SimpleNamespace."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in sorted(self.__dict__.items()))
        return f'Namespace({items})'

    def __eq__(self, other):
        return isinstance(other, Namespace) and self.__dict__ == other.__dict__


ns = Namespace(b=2, a=1)
ns.c = [3]
print(ns, ns.a + ns.b, ns == Namespace(a=1, b=2, c=[3]))
del ns.b
print(ns, 'b' in ns.__dict__)
try:
    del ns.b
except AttributeError as e:
    print('AttributeError:', e)


# getattr / setattr with computed names, e.g. loading a settings file.
class Settings:
    debug = False
    workers = 1
    name = 'app'


lines = ['debug=true', 'workers=4', 'colour=blue', 'name=server']
s = Settings()
for line in lines:
    key, value = line.split('=')
    if not hasattr(Settings, key):
        print('unknown setting', key)
        continue
    current = getattr(s, key)
    if isinstance(current, bool):
        value = value == 'true'
    elif isinstance(current, int):
        value = int(value)
    setattr(s, key, value)
print(s.debug, s.workers, s.name, sorted(vars(s)), Settings.workers)
