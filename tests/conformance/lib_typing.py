# typing: the names annotations use are importable, subscriptable and print as in CPython.
from typing import (TYPE_CHECKING, AbstractSet, Annotated, Any, AnyStr, Awaitable, Callable, ChainMap, ClassVar,
                    Collection, Container, Coroutine, Counter, DefaultDict, Deque, Dict, Final, FrozenSet, Generator,
                    Hashable, ItemsView, Iterable, Iterator, KeysView, List, Literal, Mapping, MutableMapping,
                    MutableSequence, MutableSet, NewType, NoReturn, Optional, OrderedDict, Sequence, Set, Sized,
                    SupportsFloat, SupportsIndex, SupportsInt, Text, Tuple, Type, TypeVar, Union, cast, get_args,
                    get_origin, overload, final, no_type_check, ParamSpec, Concatenate, TypeGuard, LiteralString,
                    Never, Self, TypeAlias, ForwardRef, Reversible, ContextManager, ValuesView)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=int)
V_co = TypeVar('V_co', int, str, covariant=True)
print(T, K, V_co, K.__bound__, V_co.__constraints__, T.__name__, TYPE_CHECKING, Text is str)
print(List, List[int], Dict[str, List[int]], Set[T], FrozenSet[bytes], Type[int], Tuple, Tuple[int, ...])
print(Tuple[()], Tuple[int, str].__args__, DefaultDict[str, int], Deque[float], OrderedDict[str, int], Counter[str])
print(ChainMap[str, int], Optional[int], Optional[Union[int, str]], Union[int, str], Union[int, None, str])
print(Union[int], Union[int, Union[str, int]], Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal[1, 'a', None], Literal['r', 'w'], ClassVar[int], Final[str], Annotated[int, 'unit: ms'])
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, AnyStr, ForwardRef('Node'), Union['Node', None])
print(Iterable[int], Iterator[str], Generator[int, None, str], Awaitable[int], Coroutine[None, None, int])
print(Sequence[T], MutableSequence[int], Mapping[str, Any], MutableMapping[K, T], AbstractSet[int], MutableSet[str])
print(Collection[int], Container[str], Hashable, Sized, Reversible[int], KeysView[str], ItemsView[str, int], ValuesView[int])
print(ContextManager[str], SupportsInt, SupportsFloat, SupportsIndex)
print(Dict[T, List[K]].__parameters__, Dict[T, List[K]][str, bool], List[T][int], Mapping[str, T][float])
print(get_origin(List[int]), get_origin(Dict), get_origin(Union[int, str]), get_origin(Literal[1]), get_origin(int))
print(get_origin(Annotated[int, 1]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Optional[str]))
print(get_args(Annotated[float, 'x']), get_args(int), get_args(Callable[..., int]), get_args(Tuple[()]))
print(List[int] == List[int], List[int] == List[str], hash(Dict[str, int]) == hash(Dict[str, int]),
      Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(3, Union[int, str]),
      isinstance('x', Optional[int]), isinstance(1, Hashable), isinstance(iter([]), Iterator), isinstance(2.0, SupportsInt))
for expr in [lambda: isinstance([], List[int]), lambda: List[int, str], lambda: Dict[int], lambda: Union[()],
             lambda: Optional[int, str], lambda: Any(), lambda: List(), lambda: Union(), lambda: isinstance(1, Any),
             lambda: TypeVar('X', int), lambda: Callable[int], lambda: Annotated[int], lambda: Literal[1][2],
             lambda: typing.Generic[int], lambda: ClassVar[int, str], lambda: Tuple[int][str]]:
    try:
        print('no error', expr())
    except TypeError as e:
        print('TypeError:', e)
print(DefaultDict[str, int](), Deque[int]([1, 2]), Counter[str]('aab'), OrderedDict[str, int](a=1))

UserId = NewType('UserId', int)
print(UserId, UserId(42), UserId.__supertype__, UserId.__name__, cast(List[int], 'anything'), cast(str, 5))
P = ParamSpec('P')
print(P, P.args, P.kwargs, Concatenate[int, P], TypeGuard[list], Callable[P, int].__args__ if False else '')


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(5), parse('s'))


@overload
def only_overloads(x: int) -> int: ...


try:
    only_overloads(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)


@final
def frozen():
    return 'final'


print(frozen(), frozen.__final__, no_type_check(parse) is parse)
Vector = List[float]
def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]
print(scale(2.0, [1.0, -4.2, 5.4]), Vector, Union[List[int], Dict[str, int], None])
print(sorted(name for name in ['List', 'Dict', 'Optional', 'Protocol', 'NamedTuple', 'TypedDict', 'Generic']
             if hasattr(typing, name)))
