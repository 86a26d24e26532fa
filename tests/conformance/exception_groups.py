# BaseExceptionGroup and ExceptionGroup (PEP 654): construction and its checks, str and repr, split() and
# subgroup() by type, tuple or predicate (nesting kept, derive() of a subclass used, metadata copied).
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(eg).__mro__)
print(BaseExceptionGroup.__mro__, ExceptionGroup.__bases__)
b = BaseExceptionGroup('b', [ValueError(1)])
print(type(b).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('x', ValueError()),
            lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup('x', [KeyboardInterrupt()]), lambda: ExceptionGroup('x'),
            lambda: ExceptionGroup('x', [ValueError()], 3), lambda: eg.split(1), lambda: eg.subgroup(ValueError()) ]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(ValueError)), repr(eg.subgroup(OSError)), eg.subgroup(Exception) is eg)
print(repr(eg.split(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup((KeyError, TypeError))))
print(repr(eg.derive([ZeroDivisionError()])))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
mg = MyEG('mine', [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)), type(mg.subgroup(TypeError)).__name__)
try:
    raise eg
except ExceptionGroup as e:
    e.add_note('note!')
    m2, r2 = e.split(TypeError)
    print(m2.__traceback__ is e.__traceback__, m2.__notes__, m2.__cause__, r2.__context__)
print(str(ExceptionGroup('one', [ValueError()])), isinstance(eg, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup('x', (ValueError(1),)).args)
