# types: SimpleNamespace, MappingProxyType, type names for isinstance checks, new_class, DynamicClassAttribute.
import types
from types import SimpleNamespace

cfg = SimpleNamespace(host='localhost', port=8080)
cfg.debug = True
print(cfg, cfg.host, cfg.port + 1, vars(cfg), sorted(k for k in dir(cfg) if not k.startswith('_')))
del cfg.debug
print(cfg == SimpleNamespace(host='localhost', port=8080), cfg != SimpleNamespace(), repr(SimpleNamespace()))
nested = SimpleNamespace(db=SimpleNamespace(name='main', pool=5), tags=['a'])
print(nested, nested.db.pool)
loop = SimpleNamespace()
loop.me = loop
print(loop)
for bad in [lambda: SimpleNamespace(1), lambda: hash(cfg)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', type(e).__name__)


class Settings(SimpleNamespace):
    def url(self):
        return f'http://{self.host}:{self.port}'


print(Settings(host='h', port=1), Settings(host='h', port=1).url())

settings = {'theme': 'dark', 'size': 12}
view = types.MappingProxyType(settings)
print(view['theme'], len(view), list(view), 'size' in view, view.get('x', 0), dict(view.items()))
settings['size'] = 14
print(view['size'], view.copy())
try:
    view['theme'] = 'light'
except TypeError as e:
    print('TypeError: read-only')


def plain():
    return 1


def gen():
    yield 1


async def coro():
    return 1


class K:
    def method(self):
        pass


c = coro()
print(isinstance(plain, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType),
      isinstance(c, types.CoroutineType), isinstance(K().method, types.MethodType), isinstance(len, types.BuiltinFunctionType),
      isinstance([].append, types.BuiltinMethodType), isinstance(types, types.ModuleType), isinstance(None, types.NoneType))
c.close()
print(types.NoneType, types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))


def body(ns):
    ns['greet'] = lambda self: f'hi from {type(self).__name__}'
    ns['kind'] = 'dynamic'


Dyn = types.new_class('Dyn', (K,), exec_body=body)
print(Dyn.__name__, Dyn.kind, Dyn().greet(), Dyn.__mro__[1].__name__, issubclass(Dyn, K))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns['options'] = kwargs
        return super().__new__(mcls, name, bases, ns)


WithMeta = types.new_class('WithMeta', (), {'metaclass': Meta, 'flag': True})
print(type(WithMeta).__name__, WithMeta.options)
print(types.resolve_bases((K, int)) == (K, int), types.prepare_class('P', (K,))[0].__name__)


class Doc:
    def __getattr__(self, name):
        return f'class-level {name}'

    @types.DynamicClassAttribute
    def label(self):
        return 'instance label'


print(Doc().label)


@types.coroutine
def tick():
    got = yield 'tick'
    return got


async def use():
    return await tick()


runner = use()
print(runner.send(None))
try:
    runner.send('tock')
except StopIteration as stop:
    print('returned', stop.value)
