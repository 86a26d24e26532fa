# operator: functions for operators, itemgetter/attrgetter/methodcaller for sorting and mapping.
import operator
from operator import attrgetter, itemgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 8), operator.rshift(256, 4), operator.index(7), operator.truth([]), operator.not_(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.concat([1], [2]))
class Hinted:
    def __length_hint__(self):
        return 7
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('hello', 'l'), operator.length_hint([1, 2]),
      operator.length_hint(Hinted()), operator.length_hint(5, 9))
seq = [1, 2, 3]
operator.setitem(seq, 0, 'x')
operator.delitem(seq, 1)
print(seq, operator.getitem(seq, -1), operator.getitem('abcdef', slice(1, 4)))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2), operator.imul('ab', 2), operator.ipow(2, 5))
print(operator.call(max, 3, 9, 4), operator.__add__(1, 1), operator.__lt__(2, 1))
print(reduce(operator.mul, range(1, 7)), list(map(operator.sub, [10, 20], [1, 2])))
for bad in [lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

records = [('alice', 30, 'NYC'), ('bob', 25, 'LA'), ('carol', 35, 'NYC'), ('dave', 25, 'SF')]
print(sorted(records, key=itemgetter(1)))
print(sorted(records, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), records)), itemgetter(1, 0)(records[0]), itemgetter(slice(None, 2))('xyz'))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}), repr(itemgetter(1)), repr(itemgetter('a', 2)))

class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    class Info:
        pass
    def raise_by(self, pct, *, bonus=0):
        return self.salary * (100 + pct) // 100 + bonus
    def __repr__(self):
        return f'Employee({self.name!r})'
staff = [Employee('Ann', 'eng', 120), Employee('Ben', 'ops', 90), Employee('Cat', 'eng', 100)]
print(sorted(staff, key=attrgetter('salary')), sorted(staff, key=attrgetter('dept', 'name')))
e = staff[0]
e.info = Employee.Info()
e.info.level = 3
print(attrgetter('info.level')(e), attrgetter('name', 'info.level')(e), repr(attrgetter('a.b', 'c')))
print(list(map(methodcaller('raise_by', 10), staff)), methodcaller('raise_by', 5, bonus=7)(e))
print(list(map(methodcaller('upper'), ['a', 'b'])), methodcaller('split', '-', 1)('a-b-c'))
print(repr(methodcaller('split', '-', maxsplit=1)), repr(methodcaller('strip')))
try:
    attrgetter('missing')(e)
except AttributeError as err:
    print('AttributeError:', err)
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller()]:
    try:
        bad()
    except TypeError as err:
        print('TypeError:', err)
