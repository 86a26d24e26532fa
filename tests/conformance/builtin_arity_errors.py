# A builtin called with the wrong number of arguments: CPython's wording, which depends on how the C function
# takes them (none, exactly one, positionally only, or by keyword too), and for keywords it does not take.
import math
import time

tests = [
    'len()', 'len(1, 2)', 'abs()', 'range()', 'range(1, 2, 3, 4)', 'isinstance(1)',
    '[].append()', '[].append(1, 2)', '{}.get()', "'a'.upper(1)", "'a'.split(1, 2, 3)", 'sorted()',
    'min()', 'max()', 'int(1, 2, 3)', 'str(1, 2, 3, 4)', 'dict(1, 2)', 'list(1, 2)',
    'ord()', 'chr()', 'hash()', 'id()', 'repr()', 'iter()',
    'next()', 'pow(1)', 'divmod(1)', 'round()', '[].pop(1, 2)', '{}.pop()',
    'set().add()', "'a'.join()", "'a'.encode(1, 2, 3)", 'getattr(1)', 'hasattr(1)', 'setattr(1, 2)',
    'open()', 'input(1, 2)', 'format()', 'bytes(1, 2, 3, 4)', 'float(1, 2)', 'bool(1, 2)',
    'tuple(1, 2)', 'time.sleep()', 'math.sqrt()', 'math.pow(1)', 'globals(1)', 'format()',
    'math.floor()', 'dict.fromkeys()', 'str.maketrans()', 'math.isclose(1)', '(1).bit_length(2)', '[].copy(1)',
    '{}.keys(1)', 'min()', 'divmod()',
    'print(x=1)', 'int(x=1)', 'round(1, x=2)', '[].sort(x=1)', '[].sort(1)', '{}.get(key=1)',
    '"a".split(x=1)', 'len(obj=1)', 'enumerate([], x=1)', 'max([], x=1)', 'dict.fromkeys(x=1)', 'min(1, 2, x=3)',
    'sum([], x=1)', 'pow(1, 2, x=3)', 'isinstance(1, int, x=1)', 'zip(x=1)', 'map(x=1)', 'range(x=1)',
    'str(x=1)', '"a".encode(x=1)', '"".join(x=1)',
    'sum()', 'enumerate()', 'enumerate([], 1, 2)', 'reversed()', 'reversed(1, 2)',
    "'a'.count()", "'a'.find()", "'a'.rindex(1, 2, 3, 4)", "'a'.startswith()", "b'a'.endswith()",
    "b'a'.count(1, 2, 3, 4)", 'bytearray().find()', '{}.fromkeys()', '(1).from_bytes()',
]
for t in tests:
    try:
        eval(t)
        print("OK", t)
    except TypeError as e:
        print(t, "->", e)
