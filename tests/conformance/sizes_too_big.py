# Sizes no array can hold fail at once with CPython's errors, instead of filling the heap first.
for n in [10 ** 20, 2 ** 62, 2 ** 40]:
    try:
        list(range(n))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, repr(str(e)))
print(list(range(10 ** 20, 10 ** 20 + 3)), list(range(5, -5, -3)), tuple(range(3)), sorted(range(3, 0, -1)))
for make in [lambda: "ab" * 2 ** 62, lambda: b"ab" * 2 ** 62, lambda: [1, 2] * 2 ** 62,
             lambda: bytearray(b"x") * 2 ** 40, lambda: "x" * 2 ** 62, lambda: (0,) * 2 ** 40,
             lambda: "ab" * 2 ** 40, lambda: b"ab" * 2 ** 40, lambda: bytearray(b"ab") * 2 ** 62]:
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, repr(str(e)))
for text in ["b'x' + 'y'", "bytearray(b'x') + 1", "b'x' + [1]", "'a' + b'x'", "[1] + (2,)", "[1] * 1.5",
             "1.5 * 'ab'", "b'x' * 2.0", "(1,) * None"]:
    try:
        eval(text)
    except TypeError as e:
        print(text, "->", e)
