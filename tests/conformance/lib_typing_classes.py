# typing classes: Generic subclasses, NamedTuple and TypedDict class syntax, Protocol with runtime_checkable.
from typing import (Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar,
                    get_type_hints, runtime_checkable, SupportsAbs)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


s = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.pop(), Stack, Stack[int], Stack[str] == Stack[str], Stack.__parameters__, type(s).__name__)
print(Stack.__orig_bases__, Stack.__mro__, s.__orig_class__, Stack[int].__origin__ is Stack)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


class StrPair(Pair[str, V]):
    pass


print(Pair[str, int], StrPair.__parameters__, StrPair[float], StrPair('a', 1).value, Pair.__parameters__)
for bad in [lambda: Stack[int, str], lambda: Pair[int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: int = 100
    def label(self) -> str:
        return f'{self.name}@{self.dept}'


e = Employee('ann')
print(e, e.label(), e._replace(salary=5), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(isinstance(e, tuple), e == ('ann', 'eng', 100), Employee('bo', 'ops', 1) < e)
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print('TypeError:', err)


class Movie(TypedDict):
    title: str
    year: int


class Draft(TypedDict, total=False):
    title: str
    notes: str


m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(Draft(title='x'), sorted(Draft.__optional_keys__), Draft.__total__)
Config = TypedDict('Config', {'debug': bool, 'level': int})
print(Config(debug=True, level=2), Config.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as err:
    print('TypeError:', err)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self) -> None:
        print('file closed')


class Rock:
    pass


print(isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable))
print(isinstance(-3, SupportsAbs), isinstance('s', SupportsAbs))
try:
    Closable()
except TypeError as err:
    print('TypeError:', err)


class Sized(Protocol):
    def size(self) -> int:
        ...


try:
    isinstance(File(), Sized)
except TypeError as err:
    print('TypeError:', err)


class Box:
    content: Optional[int]
    tags: Dict[str, List[str]]
    def fill(self, value: int, times: 'int' = 1) -> List[int]:
        return [value] * times


print(get_type_hints(Box), get_type_hints(Box.fill), Box().fill(3, 2))
