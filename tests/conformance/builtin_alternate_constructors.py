# Class methods of built-in types (dict.fromkeys, int.from_bytes, float.fromhex, bytes.fromhex): read through
# the type or an instance, they bind the class, and a subclass gets an instance of its own.


class Counts(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


class Flags(int):
    pass


class Ratio(float):
    pass


print(dict.fromkeys("ab"), {}.fromkeys([1, 2], 0), {"x": 1}.fromkeys(range(3), []))
made = Counts.fromkeys("ab", 1)
print(type(made).__name__, made, type(Counts().fromkeys("c", 2)).__name__)

print(int.from_bytes(b"\x01\x00", "big"), (7).from_bytes(b"\x01\x00", "little"), True.from_bytes(b"\x01", "big"))
f = Flags.from_bytes(b"\xff", "big", signed=True)
print(type(f).__name__, f)

print(float.fromhex("0x1.8p1"), (2.5).fromhex("-0x1p-2"))
r = Ratio.fromhex("0x1p3")
print(type(r).__name__, r)

print(bytes.fromhex("41 42"), b"".fromhex("4344"), bytearray.fromhex("45"), bytearray(b"z").fromhex("46"))
print(str.maketrans("ab", "cd"), "".maketrans({"a": "b"}), bytes.maketrans(b"a", b"b")[97:99])

for call in (lambda: {}.fromkeys(), lambda: (1).from_bytes(), lambda: 1.0.fromhex(), lambda: b"".fromhex(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(repr(dict.fromkeys).split(" at ")[0], repr({}.fromkeys).split(" at ")[0])
