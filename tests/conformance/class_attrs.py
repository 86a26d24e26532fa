# Class attributes versus instance attributes, __dict__, vars(), dir() and naming attributes.

class Counter:
    """Counts things; the number of counters is shared."""
    instances = 0
    default_step = 1
    history = []          # shared by every instance: a classic pitfall

    def __init__(self, label):
        self.label = label
        self.value = 0
        Counter.instances += 1

    def step(self, amount=None):
        self.value += amount if amount is not None else self.default_step
        self.history.append((self.label, self.value))
        return self.value


a = Counter('a')
b = Counter('b')
print(Counter.instances, a.instances, b.instances)
a.step(); a.step(); b.step(5)
print(a.value, b.value)
print(Counter.history)
print(a.history is b.history is Counter.history)

# Shadowing a class attribute with an instance attribute.
b.default_step = 10
b.step()
a.step()
print(a.value, b.value, Counter.default_step, b.default_step)
print('default_step' in vars(b), 'default_step' in vars(a))
del b.default_step
print(b.default_step)

# Changing the class attribute is visible through every instance that does not shadow it.
Counter.default_step = 100
a.step(); b.step()
print(a.value, b.value)

# __dict__ of an instance is a real dict: read and write it.
print(sorted(a.__dict__))
a.__dict__['extra'] = 'added via __dict__'
print(a.extra)
vars(a)['value'] = -1
print(a.value)
print(vars(a) is a.__dict__)

# dir() contains instance and class attributes (filter out the dunder names).
print([n for n in dir(a) if not n.startswith('__')])

# Naming attributes.
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
print(Counter.__doc__)
print(Counter.step.__name__, Counter.step.__qualname__)
print(a.__class__ is Counter, a.__class__.__name__, type(a) is Counter)


class Outer:
    class Inner:
        class Deepest:
            def method(self):
                def helper():
                    pass
                return helper

    def make(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__)
print(Outer.Inner.Deepest().method().__qualname__)
print(Outer().make().__qualname__, Outer().make().__name__)


class NoDoc:
    pass


print(NoDoc.__doc__)

# Class bodies are executed top to bottom; later names can use earlier ones.
class Config:
    base_url = 'https://example.org'
    api_url = base_url + '/api'
    versions = [1, 2, 3]
    latest = max(versions)
    endpoints = [v * 10 for v in versions]      # the first iterable is evaluated in the class scope
    try:
        broken = [api_url + str(v) for v in versions]
    except NameError as e:                       # but the body of a comprehension does not see class names
        broken = str(e)
    squares = {v: v * v for v in range(4)}
    names = tuple(name.upper() for name in ('get', 'put'))
    del versions


print(Config.api_url, Config.latest)
print(Config.endpoints, Config.broken)
print(Config.squares, Config.names)
print(hasattr(Config, 'versions'), hasattr(Config, 'latest'))

# Assigning to attributes of the class object after creation.
Config.timeout = 30
print(Config.timeout, getattr(Config, 'retries', 'no retries'))
setattr(Config, 'retries', 3)
print(Config.retries)
delattr(Config, 'retries')
print(hasattr(Config, 'retries'))
try:
    Config().nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Config.nothing
except AttributeError as e:
    print('AttributeError:', e)
