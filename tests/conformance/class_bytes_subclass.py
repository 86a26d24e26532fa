# A program's subclass of bytes (and bytearray): instances keep their class and their own methods and
# attributes, and behave as bytes everywhere else; bytes() of one is a plain bytes.
class Tag(bytes):
    def shout(self):
        return self.upper()
t = Tag(b"abc")
print(type(t).__name__, t, repr(t), t.shout(), type(t.shout()).__name__, len(t), t[0], t[1:], type(t[1:]).__name__)
print(t == b"abc", hash(t) == hash(b"abc"), t + b"!", type(t + b"!").__name__, b"x" in Tag(b"xyz"), isinstance(t, bytes))
print(type(bytes(t)).__name__, bytes(t), Tag(b"q") is not None, type(Tag.fromhex("41")).__name__, Tag(3), Tag("é", "utf-8"))
t.note = 1
print(t.note, t.decode(), {t: 1}[b"abc"], sorted([Tag(b"b"), Tag(b"a")]))
class Raw(bytearray):
    pass
r = Raw(b"zz"); r.append(65); print(type(r).__name__, r)
