# A builtin called with the wrong number of arguments: CPython's wording, which depends on how the C function
# takes them (none, exactly one, positionally only, or by keyword too).
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
]
for t in tests:
    try:
        eval(t)
        print("OK", t)
    except TypeError as e:
        print(t, "->", e)
