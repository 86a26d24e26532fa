# bytes % args (PEP 461): %s and %b take bytes-like objects or __bytes__, %r is %a, %c makes one byte, mapping
# keys are bytes, and the result has the template's type; with CPython's errors.
tests = ["b'%c' % 256", "b'%c' % 'a'", "b'%c' % b'ab'", "b'%c%c' % (b'a', 66)", "b'%s' % 1", "b'%(a)s' % {b'a': b'x'}", "b'%a %r' % ('é', b'q')", "b'%d %s' % (1,)", "b'%d' % (1, 2)", "b'%s' % bytearray(b'z')", "b'%s' % memoryview(b'mv')", "b'%x %5.1f %-4d|' % (255, 2.25, 7)", "b'%y' % 1", "b'%b' % b'bb'", "'%b' % b'x'", "b'%(a)s' % {'a': b'x'}", "bytearray(b'%d') % 5", "b'%s' % 'str'", "b'%5s|%-4b|' % (b'ab', b'c')", "b'%c' % -1", "b'100%%'  % ()", "b'%s' % [b'x']"]
class B:
    def __bytes__(self): return b'<B>'
tests.append("b'%s' % B()")
for t in tests:
    try: print(t, '=>', repr(eval(t)))
    except Exception as e: print(t, '=>', type(e).__name__, e)
print(type([].append).__name__, type(dict.fromkeys).__name__, type(len).__name__, type(B().__bytes__).__name__)
