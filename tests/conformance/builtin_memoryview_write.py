# Writing through memoryviews of a bytearray, exports that pin its size, and releasing views.


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


buf = bytearray(b'0123456789')
m = memoryview(buf)
print(m.readonly, m.obj is buf)
m[0] = ord('a')
m[-1] = 90
print(buf)
m[1:4] = b'xyz'
print(buf)
m[4:10:2] = bytearray(b'EVN')
print(buf)
m[::-1] = m.tobytes()
print(buf)
m[2:6] = m[0:4]          # overlapping copy behaves like memmove
print(buf)
m[0:2] = memoryview(b'abcd')[::2]
print(buf)
view = m[5:]
view[0] = 33
print(buf, view.tobytes(), m[5])
buf[6] = ord('#')        # the bytearray changing in place is seen by its views
print(view[1], bytes(view[:2]))

for label, fn in [
    ('value too big', lambda: m.__setitem__(0, 256)),
    ('negative', lambda: m.__setitem__(0, -1)),
    ('str value', lambda: m.__setitem__(0, 'a')),
    ('bytes value', lambda: m.__setitem__(0, b'a')),
    ('float value', lambda: m.__setitem__(0, 1.0)),
    ('bool value', lambda: m.__setitem__(0, True)),
    ('index error', lambda: m.__setitem__(10, 1)),
    ('short slice', lambda: m.__setitem__(slice(0, 2), b'abc')),
    ('list slice', lambda: m.__setitem__(slice(0, 2), [1, 2])),
    ('int slice', lambda: m.__setitem__(slice(0, 1), 5)),
    ('delete', lambda: m.__delitem__(0)),
    ('delete slice', lambda: m.__delitem__(slice(0, 2))),
    ('bad key', lambda: m.__setitem__('k', 1)),
    ('readonly', lambda: memoryview(b'abc').__setitem__(0, 1)),
    ('toreadonly', lambda: m.toreadonly().__setitem__(0, 1)),
]:
    attempt(label, fn)
print(buf)
print(m.toreadonly().readonly, m.toreadonly().obj is buf, m.readonly)

# a bytearray with live exports cannot change size
for label, fn in [
    ('append', lambda: buf.append(1)),
    ('extend', lambda: buf.extend(b'xx')),
    ('pop', lambda: buf.pop()),
    ('remove', lambda: buf.remove(buf[0])),
    ('insert', lambda: buf.insert(0, 1)),
    ('clear', lambda: buf.clear()),
    ('iadd', lambda: buf.__iadd__(b'!')),
    ('imul', lambda: buf.__imul__(2)),
    ('grow slice', lambda: buf.__setitem__(slice(0, 1), b'xy')),
    ('del item', lambda: buf.__delitem__(0)),
    ('same-size slice', lambda: buf.__setitem__(slice(0, 2), b'AB')),
    ('iadd nothing', lambda: buf.__iadd__(b'')),
    ('imul one', lambda: buf.__imul__(1)),
    ('reverse', lambda: buf.reverse()),
    ('item', lambda: buf.__setitem__(2, 64)),
]:
    attempt(label, fn)
print(buf, m.tobytes())

# releasing every view lets it grow again; sub-views keep it pinned on their own
sub = m[2:4]
m.release()
attempt('after release, sub-view still exports', lambda: buf.append(1))
print(sub.tobytes())
sub.release()
view.release()
buf.append(ord('!'))
print(buf)

for label, fn in [
    ('getitem', lambda: m[0]),
    ('len', lambda: len(m)),
    ('tobytes', lambda: m.tobytes()),
    ('tolist', lambda: m.tolist()),
    ('hex', lambda: m.hex()),
    ('nbytes', lambda: m.nbytes),
    ('obj', lambda: m.obj),
    ('format', lambda: m.format),
    ('shape', lambda: m.shape),
    ('readonly', lambda: m.readonly),
    ('slice', lambda: m[1:]),
    ('cast', lambda: m.cast('B')),
    ('list', lambda: list(m)),
    ('bytes', lambda: bytes(m)),
    ('memoryview', lambda: memoryview(m)),
    ('hash', lambda: hash(m)),
    ('contains', lambda: 1 in m),
    ('bool', lambda: bool(m)),
    ('enter', lambda: m.__enter__()),
    ('setitem', lambda: m.__setitem__(0, 1)),
    ('equal self', lambda: m == m),
    ('equal bytes', lambda: m == buf),
    ('release again', lambda: m.release()),
    ('exit', lambda: m.__exit__(None, None, None)),
]:
    attempt(label, fn)
print(repr(m).startswith('<released memory at 0x'))

# the context manager releases the view
with memoryview(buf) as cm:
    cm[0] = ord('W')
    attempt('inside with', lambda: buf.append(0))
buf.append(ord('?'))
print(buf, cm.__class__.__name__)
attempt('after with', lambda: cm[0])

ro = memoryview(b'frozen')
h = hash(ro)
ro.release()
print(hash(ro) == h, hash(ro) == hash(b'frozen'))

# views that are no longer referenced do not pin the bytearray
for i in range(1000):
    first = memoryview(buf)[0]
buf.extend(b'..')
print(first, len(buf))


def shrink(target):
    data = memoryview(target)
    total = sum(data)
    del data
    target.clear()
    return total


print(shrink(bytearray(b'\x01\x02\x03')))

# a parser that looks at its buffer through short-lived views while consuming it
stream = bytearray()
records = []
for i in range(3000):
    stream += i.to_bytes(2, 'little') + b'.'
    if len(stream) >= 9:
        view = memoryview(stream)
        records.append(int.from_bytes(view[0:2], 'little') + view[2])
        del view
        del stream[:3]
print(len(records), sum(records), len(stream))
