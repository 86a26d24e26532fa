package org.krait.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

class BuiltinFunctionsTest extends BuiltinsTestSupport {

    @Test
    void numericFunctions() {
        check("abs(-5)", "5", () -> call("abs", -5L));
        check("abs(-2.5)", "2.5", () -> call("abs", -2.5));
        check("abs(-9223372036854775808)", "9223372036854775808", () -> call("abs", Long.MIN_VALUE));
        error("abs('a')", "TypeError: bad operand type for abs(): 'str'", () -> call("abs", "a"));
        check("divmod(7, -2)", "(-4, -1)", () -> call("divmod", 7L, -2L));
        check("divmod(7.5, 2)", "(3.0, 1.5)", () -> call("divmod", 7.5, 2L));
        check("divmod(-7.5, 2)", "(-4.0, 0.5)", () -> call("divmod", -7.5, 2L));
        error("divmod(1, 0)", "ZeroDivisionError: integer division or modulo by zero", () -> call("divmod", 1L, 0L));
        error("divmod(1.0, 0)", "ZeroDivisionError: float divmod()", () -> call("divmod", 1.0, 0L));
        error("divmod('a', 1)", "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
                () -> call("divmod", "a", 1L));
        check("pow(2, 10)", "1024", () -> call("pow", 2L, 10L));
        check("pow(2, -1)", "0.5", () -> call("pow", 2L, -1L));
        check("pow(2, 100, 7)", "2", () -> call("pow", 2L, 100L, 7L));
        check("pow(2, -1, 5)", "3", () -> call("pow", 2L, -1L, 5L));
        check("pow(2, 0.5)", "1.4142135623730951", () -> call("pow", 2L, 0.5));
        error("pow(2, 3, 0)", "ValueError: pow() 3rd argument cannot be 0", () -> call("pow", 2L, 3L, 0L));
        check("sum([1, 2, 3])", "6", () -> call("sum", list(1L, 2L, 3L)));
        check("sum([2**62, 2**62])", "9223372036854775808", () -> call("sum", list(1L << 62, 1L << 62)));
        check("sum([1.5, 2], 1)", "4.5", () -> call("sum", list(1.5, 2L), 1L));
        check("sum([0.1] * 10)", "0.9999999999999999", () -> call("sum", list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)));
        check("sum([1, 2.5, True])", "4.5", () -> call("sum", list(1L, 2.5, true)));
        check("sum([[1], [2]], [])", "[1, 2]", () -> call("sum", list(list(1L), list(2L)), list()));
        check("sum((), 5)", "5", () -> call("sum", tup(), 5L));
        check("sum(range(101))", "5050", () -> call("sum", call("range", 101L)));
        error("sum(['a'], '')", "TypeError: sum() can't sum strings [use ''.join(seq) instead]",
                () -> call("sum", list("a"), ""));
        error("sum([b'a'], b'')", "TypeError: sum() can't sum bytes [use b''.join(seq) instead]",
                () -> call("sum", list(bytes("a")), bytes("")));
        error("sum([1, 'a'])", "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                () -> call("sum", list(1L, "a")));
        check("bin(10)", "'0b1010'", () -> call("bin", 10L));
        check("bin(-10)", "'-0b1010'", () -> call("bin", -10L));
        check("oct(8)", "'0o10'", () -> call("oct", 8L));
        check("hex(255)", "'0xff'", () -> call("hex", 255L));
        check("hex(2**70)", "'0x400000000000000000'", () -> call("hex", BigInteger.ONE.shiftLeft(70)));
        error("bin(1.0)", "TypeError: 'float' object cannot be interpreted as an integer", () -> call("bin", 1.0));
        check("chr(65)", "'A'", () -> call("chr", 65L));
        check("chr(0x1F600)", "'😀'", () -> call("chr", 0x1F600L));
        error("chr(-1)", "ValueError: chr() arg not in range(0x110000)", () -> call("chr", -1L));
        error("chr(0x110000)", "ValueError: chr() arg not in range(0x110000)", () -> call("chr", 0x110000L));
        error("chr(2**70)", "OverflowError: Python int too large to convert to C int",
                () -> call("chr", BigInteger.ONE.shiftLeft(70)));
        check("ord('A')", "65", () -> call("ord", "A"));
        check("ord('😀')", "128512", () -> call("ord", "😀"));
        check("ord(b'a')", "97", () -> call("ord", bytes("a")));
        error("ord('ab')", "TypeError: ord() expected a character, but string of length 2 found", () -> call("ord", "ab"));
        error("ord(1)", "TypeError: ord() expected string of length 1, but int found", () -> call("ord", 1L));
    }

    @Test
    void minMax() {
        check("max([3, 1, 2])", "3", () -> call("max", list(3L, 1L, 2L)));
        check("min(3, 1, 2)", "1", () -> call("min", 3L, 1L, 2L));
        check("max('abc', 'abd')", "'abd'", () -> call("max", "abc", "abd"));
        check("max([1, 3, 3.0])", "3", () -> call("max", list(1L, 3L, 3.0)));
        check("min([3, 1.0, 1])", "1.0", () -> call("min", list(3L, 1.0, 1L)));
        check("max(['bb', 'a', 'cc'], key=len)", "'bb'", () -> callKw("max", args(list("bb", "a", "cc")), kw("key"), b("len")));
        check("min([], default=5)", "5", () -> callKw("min", args(list()), kw("default"), 5L));
        check("max([], default=None)", "None", () -> callKw("max", args(list()), kw("default"), PyNone.NONE));
        error("max()", "TypeError: max expected at least 1 argument, got 0", () -> call("max"));
        error("max([])", "ValueError: max() arg is an empty sequence", () -> call("max", list()));
        error("min([])", "ValueError: min() arg is an empty sequence", () -> call("min", list()));
        error("max(1)", "TypeError: 'int' object is not iterable", () -> call("max", 1L));
        error("max(1, 2, default=3)", "TypeError: Cannot specify a default for max() with multiple positional arguments",
                () -> callKw("max", args(1L, 2L), kw("default"), 3L));
        error("max(1, 'a')", "TypeError: '>' not supported between instances of 'str' and 'int'",
                () -> call("max", 1L, "a"));
        error("min(1, 'a')", "TypeError: '<' not supported between instances of 'str' and 'int'",
                () -> call("min", 1L, "a"));
    }

    @Test
    void predicatesAndReflection() {
        check("all([1, 'a', [0]])", "True", () -> call("all", list(1L, "a", list(0L))));
        check("all([1, 0])", "False", () -> call("all", list(1L, 0L)));
        check("all([])", "True", () -> call("all", list()));
        check("any([0, '', None])", "False", () -> call("any", list(0L, "", PyNone.NONE)));
        check("any(range(3))", "True", () -> call("any", call("range", 3L)));
        check("callable(len)", "True", () -> call("callable", b("len")));
        check("callable(int)", "True", () -> call("callable", PyType.INT));
        check("callable(1)", "False", () -> call("callable", 1L));
        check("isinstance(True, int)", "True", () -> call("isinstance", true, PyType.INT));
        check("isinstance(1, bool)", "False", () -> call("isinstance", 1L, PyType.BOOL));
        check("isinstance(True, (str, (int,)))", "True", () -> call("isinstance", true, tup(PyType.STR, tup(PyType.INT))));
        check("isinstance(1.5, (int, str))", "False", () -> call("isinstance", 1.5, tup(PyType.INT, PyType.STR)));
        check("isinstance(KeyError(), LookupError)", "True",
                () -> call("isinstance", Calls.call(ExceptionTypes.KEY_ERROR), ExceptionTypes.LOOKUP_ERROR));
        check("isinstance(int, type)", "True", () -> call("isinstance", PyType.INT, PyType.TYPE));
        check("isinstance(None, object)", "True", () -> call("isinstance", PyNone.NONE, PyType.OBJECT));
        error("isinstance(1, 2)", "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
                () -> call("isinstance", 1L, 2L));
        check("issubclass(bool, int)", "True", () -> call("issubclass", PyType.BOOL, PyType.INT));
        check("issubclass(ZeroDivisionError, (KeyError, ArithmeticError))", "True",
                () -> call("issubclass", ExceptionTypes.ZERO_DIVISION_ERROR,
                        tup(ExceptionTypes.KEY_ERROR, ExceptionTypes.ARITHMETIC_ERROR)));
        error("issubclass(1, int)", "TypeError: issubclass() arg 1 must be a class", () -> call("issubclass", 1L, PyType.INT));
        error("issubclass(int, 1)", "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union",
                () -> call("issubclass", PyType.INT, 1L));
        check("getattr(1, 'real')", "1", () -> call("getattr", 1L, "real"));
        check("getattr(1, 'nope', 'dflt')", "'dflt'", () -> call("getattr", 1L, "nope", "dflt"));
        check("getattr('a', 'upper')()", "'A'", () -> Calls.call(call("getattr", "a", "upper")));
        error("getattr(1, 'x')", "AttributeError: 'int' object has no attribute 'x'", () -> call("getattr", 1L, "x"));
        error("getattr(1, 2)", "TypeError: attribute name must be string, not 'int'", () -> call("getattr", 1L, 2L));
        check("hasattr('a', 'upper')", "True", () -> call("hasattr", "a", "upper"));
        check("hasattr(1, 'x')", "False", () -> call("hasattr", 1L, "x"));
        error("hasattr(1, 2)", "TypeError: attribute name must be string, not 'int'", () -> call("hasattr", 1L, 2L));
        error("setattr(1, 'x', 2)", "AttributeError: 'int' object has no attribute 'x'", () -> call("setattr", 1L, "x", 2L));
        error("delattr(1, 'x')", "AttributeError: 'int' object has no attribute 'x'", () -> call("delattr", 1L, "x"));
        check("type(1)", "<class 'int'>", () -> call("type", 1L));
        check("type(True)", "<class 'bool'>", () -> call("type", true));
        check("type(int)", "<class 'type'>", () -> call("type", PyType.INT));
        check("type(enumerate([]))", "<class 'enumerate'>", () -> call("type", call("enumerate", list())));
        error("type(1, 2)", "TypeError: type() takes 1 or 3 arguments", () -> call("type", 1L, 2L));
        check("'upper' in dir('')", "True", () -> org.krait.runtime.Ops.contains(call("dir", ""), "upper"));
        error("dir(1, 2)", "TypeError: dir expected at most 1 argument, got 2", () -> call("dir", 1L, 2L));
        check("hash(1) == hash(1.0) == hash(True)", "True",
                () -> ((Long) call("hash", 1L)).equals(call("hash", 1.0)) && ((Long) call("hash", 1.0)).equals(call("hash", true)));
        error("hash([])", "TypeError: unhashable type: 'list'", () -> call("hash", list()));
        check("id(5) == id(5)", "True", () -> call("id", 5L).equals(call("id", 5L)));
        check("len('abc😀')", "4", () -> call("len", "abc😀"));
        error("len(1)", "TypeError: object of type 'int' has no len()", () -> call("len", 1L));
        check("repr('a')", "\"'a'\"", () -> call("repr", "a"));
        check("ascii('é😀')", "\"'\\\\xe9\\\\U0001f600'\"", () -> call("ascii", "é😀"));
        check("ascii(['é'])", "\"['\\\\xe9']\"", () -> call("ascii", list("é")));
        check("format(255, 'x')", "'ff'", () -> call("format", 255L, "x"));
        check("format(1.5)", "'1.5'", () -> call("format", 1.5));
        check("format('a', '>3')", "'  a'", () -> call("format", "a", ">3"));
        error("format(1.5, 'x')", "ValueError: Unknown format code 'x' for object of type 'float'",
                () -> call("format", 1.5, "x"));
        error("format([], 'x')", "TypeError: unsupported format string passed to list.__format__",
                () -> call("format", list(), "x"));
    }

    @Test
    void iterators() {
        check("list(enumerate('ab'))", "[(0, 'a'), (1, 'b')]", () -> call("list", call("enumerate", "ab")));
        check("list(enumerate('ab', 5))", "[(5, 'a'), (6, 'b')]", () -> call("list", call("enumerate", "ab", 5L)));
        check("list(enumerate('ab', start=-1))", "[(-1, 'a'), (0, 'b')]",
                () -> call("list", callKw("enumerate", args("ab"), kw("start"), -1L)));
        error("enumerate(1)", "TypeError: 'int' object is not iterable", () -> call("enumerate", 1L));
        check("list(zip('ab', [1, 2, 3]))", "[('a', 1), ('b', 2)]", () -> call("list", call("zip", "ab", list(1L, 2L, 3L))));
        check("list(zip())", "[]", () -> call("list", call("zip")));
        check("list(zip('ab', 'cd', strict=True))", "[('a', 'c'), ('b', 'd')]",
                () -> call("list", callKw("zip", args("ab", "cd"), kw("strict"), true)));
        error("list(zip([1], [1, 2], strict=True))", "ValueError: zip() argument 2 is longer than argument 1",
                () -> call("list", callKw("zip", args(list(1L), list(1L, 2L)), kw("strict"), true)));
        error("list(zip([1, 2], [1], strict=True))", "ValueError: zip() argument 2 is shorter than argument 1",
                () -> call("list", callKw("zip", args(list(1L, 2L), list(1L)), kw("strict"), true)));
        error("list(zip([1, 2], [1, 2], [1], strict=True))", "ValueError: zip() argument 3 is shorter than arguments 1-2",
                () -> call("list", callKw("zip", args(list(1L, 2L), list(1L, 2L), list(1L)), kw("strict"), true)));
        error("list(zip([1], [1], [1, 2], strict=True))", "ValueError: zip() argument 3 is longer than arguments 1-2",
                () -> call("list", callKw("zip", args(list(1L), list(1L), list(1L, 2L)), kw("strict"), true)));
        check("list(map(abs, [-1, 2, -3]))", "[1, 2, 3]", () -> call("list", call("map", b("abs"), list(-1L, 2L, -3L))));
        check("list(map(pow, [2, 3], [3, 2, 1]))", "[8, 9]", () -> call("list", call("map", b("pow"), list(2L, 3L), list(3L, 2L, 1L))));
        error("map(len)", "TypeError: map() must have at least two arguments.", () -> call("map", b("len")));
        check("list(filter(None, [0, 1, '', 'a']))", "[1, 'a']", () -> call("list", call("filter", PyNone.NONE, list(0L, 1L, "", "a"))));
        check("list(filter(callable, [len, 1]))", "[<built-in function len>]",
                () -> call("list", call("filter", b("callable"), list(b("len"), 1L))));
        check("list(reversed([1, 2, 3]))", "[3, 2, 1]", () -> call("list", call("reversed", list(1L, 2L, 3L))));
        check("list(reversed((1, 2)))", "[2, 1]", () -> call("list", call("reversed", tup(1L, 2L))));
        check("list(reversed('a😀b'))", "['b', '😀', 'a']", () -> call("list", call("reversed", "a😀b")));
        check("list(reversed(range(1, 10, 3)))", "[7, 4, 1]", () -> call("list", call("reversed", call("range", 1L, 10L, 3L))));
        check("list(reversed(range(0)))", "[]", () -> call("list", call("reversed", call("range", 0L))));
        check("type(reversed([]))", "<class 'list_reverseiterator'>", () -> call("type", call("reversed", list())));
        check("type(reversed(()))", "<class 'reversed'>", () -> call("type", call("reversed", tup())));
        error("reversed(1)", "TypeError: 'int' object is not reversible", () -> call("reversed", 1L));
        error("reversed({1})", "TypeError: 'set' object is not reversible", () -> call("reversed", call("set", list(1L))));
        Object it = call("iter", list(1L, 2L));
        check("it = iter([1, 2]); next(it)", "1", () -> call("next", it));
        check("it = iter([2]); next(it)", "2", () -> call("next", it));
        check("it = iter([]); next(it, 'end')", "'end'", () -> call("next", it, "end"));
        error("next(iter([]))", "StopIteration: ", () -> call("next", it));
        error("next([])", "TypeError: 'list' object is not an iterator", () -> call("next", list()));
        error("iter(1)", "TypeError: 'int' object is not iterable", () -> call("iter", 1L));
        error("iter(1, 2)", "TypeError: iter(v, w): v must be callable", () -> call("iter", 1L, 2L));
        Object e = call("enumerate", "xy");
        assertSame(e, call("iter", e));
        check("e = enumerate('xy'); e.__next__()", "(0, 'x')", () -> m(e, "__next__"));
        check("e = enumerate('xy'); next(e); e.__iter__() is e", "True", () -> m(e, "__iter__") == e);
        error("iter([]).__next__()", "StopIteration: ", () -> m(call("iter", list()), "__next__"));
        PyList source = list(1L, 2L, 3L, 4L);
        Object popper = Calls.call(PyType.LIST.lookup("pop"), new Object[]{source}, new String[0], new Object[0]);
        assertEquals(4L, popper);
        Object boundPop = org.krait.runtime.Attributes.get(source, "pop");
        check("l = [1, 2, 3]; list(iter(l.pop, 1))", "[3, 2]", () -> call("list", call("iter", boundPop, 1L)));
        check("type(iter(int, 1))", "<class 'callable_iterator'>", () -> call("type", call("iter", PyType.INT, 1L)));
    }

    @Test
    void printAndInput() {
        takeOutput();
        call("print", 1L, "a", list(2L));
        check("import io; f = io.StringIO(); print(1, 'a', [2], file=f); f.getvalue()", "'1 a [2]\\n'", () -> takeOutput());
        callKw("print", args(1L, 2L), kw("sep", "end"), "", "!\n");
        check("import io; f = io.StringIO(); print(1, 2, sep='', end='!\\n', file=f); f.getvalue()", "'12!\\n'", () -> takeOutput());
        callKw("print", args("x"), kw("sep", "end"), PyNone.NONE, PyNone.NONE);
        check("import io; f = io.StringIO(); print('x', sep=None, end=None, file=f); f.getvalue()", "'x\\n'", () -> takeOutput());
        call("print");
        check("import io; f = io.StringIO(); print(file=f); f.getvalue()", "'\\n'", () -> takeOutput());
        error("print(sep=1)", "TypeError: sep must be None or a string, not int",
                () -> callKw("print", args(), kw("sep"), 1L));
        error("print(end=1)", "TypeError: end must be None or a string, not int",
                () -> callKw("print", args(), kw("end"), 1L));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        org.krait.runtime.PyTextIO stderr = new org.krait.runtime.PyTextIO("<stderr>", err, org.krait.runtime.PyTextIO.Buffering.BLOCK);
        callKw("print", args("oops", 3L), kw("file", "flush"), stderr, true);
        assertEquals("oops 3\n", err.toString());
        check("import io; io.TextIOWrapper(io.BytesIO()).write('abc')", "3", () -> m(stdout, "write", "abc"));
        takeOutput();
        error("import io; io.TextIOWrapper(io.BytesIO()).write(1)", "TypeError: write() argument must be str, not int",
                () -> m(stdout, "write", 1L));
        check("import sys; sys.stdout.isatty() and False", "False", () -> m(stdout, "isatty"));
        check("import sys; sys.stdout.fileno()", "1", () -> m(stdout, "fileno"));
        setStdin("hello\nworld\n");
        check("import io, sys; old = sys.stdin; sys.stdin = io.StringIO('hello\\nworld\\n'); r = input(); sys.stdin = old; r", "'hello'", () -> call("input", "> "));
        assertEquals("> ", takeOutput());
        check("import io, sys; old = sys.stdin; sys.stdin = io.StringIO('hello\\nworld\\n'); input(); r = input(); sys.stdin = old; r", "'world'", () -> call("input"));
        error("import io, sys; old = sys.stdin; sys.stdin = io.StringIO(''); r = input()",
                "EOFError: EOF when reading a line", () -> call("input"));
    }

    @Test
    void typesAndConstants() {
        check("repr(Ellipsis)", "'Ellipsis'", () -> Calls.call(PyType.ELLIPSIS_TYPE.lookup("__repr__"), b("Ellipsis")));
        check("repr(NotImplemented)", "'NotImplemented'", () -> Calls.call(PyType.NOT_IMPLEMENTED_TYPE.lookup("__repr__"),
                b("NotImplemented")));
        check("int", "<class 'int'>", () -> b("int"));
        check("enumerate", "<class 'enumerate'>", () -> b("enumerate"));
        check("ZeroDivisionError", "<class 'ZeroDivisionError'>", () -> b("ZeroDivisionError"));
        check("type(object()) is object", "True", () -> PyType.of(call("object")) == PyType.OBJECT);
        error("object(1)", "TypeError: object() takes no arguments", () -> call("object", 1L));
        check("(1).__add__(2)", "3", () -> m(1L, "__add__", 2L));
        check("(1).__add__('a') is NotImplemented", "True", () -> m(1L, "__add__", "a") == b("NotImplemented"));
        check("(1.5).__rsub__(1)", "-0.5", () -> m(1.5, "__rsub__", 1L));
        check("'a'.__mul__(3)", "'aaa'", () -> m("a", "__mul__", 3L));
        check("[1].__eq__([1])", "True", () -> m(list(1L), "__eq__", list(1L)));
        check("(1).__lt__('a') is NotImplemented", "True", () -> m(1L, "__lt__", "a") == b("NotImplemented"));
        check("'abc'.__len__()", "3", () -> m("abc", "__len__"));
        check("{'a': 1}.__getitem__('a')", "1", () -> m(dict("a", 1L), "__getitem__", "a"));
        check("[].__hash__ is None", "True", () -> PyType.LIST.lookup("__hash__") == PyNone.NONE);
    }

    @Test
    void exceptions() {
        PyBaseException e = (PyBaseException) call("ValueError", "bad", 1L);
        check("ValueError('bad', 1).args", "('bad', 1)", e::args);
        check("ValueError('bad', 1)", "ValueError('bad', 1)", () -> e);
        check("str(ValueError('bad'))", "'bad'", () -> Repr.str(call("ValueError", "bad")));
        check("KeyError('a').__str__()", "\"'a'\"", () -> m(call("KeyError", "a"), "__str__"));
        check("StopIteration(5).value", "5", () -> ((PyBaseException) call("StopIteration", 5L)).attributes().get("value"));
        check("StopIteration().value", "None", () -> ((PyBaseException) call("StopIteration")).attributes().get("value"));
        check("SystemExit(1, 2).code", "(1, 2)", () -> ((PyBaseException) call("SystemExit", 1L, 2L)).attributes().get("code"));
        check("OSError(2, 'No such file').errno", "2", () -> ((PyBaseException) call("OSError", 2L, "No such file")).attributes().get("errno"));
        check("ImportError('m', name='x').name", "'x'",
                () -> ((PyBaseException) callKw("ImportError", args("m"), kw("name"), "x")).attributes().get("name"));
        error("Exception(x=1)", "TypeError: Exception() takes no keyword arguments",
                () -> callKw("Exception", args(), kw("x"), 1L));
        error("ImportError('m', foo=1)", "TypeError: 'foo' is an invalid keyword argument for ImportError()",
                () -> callKw("ImportError", args("m"), kw("foo"), 1L));
        PyBaseException n = (PyBaseException) call("Exception");
        m(n, "add_note", "note 1");
        check("e = Exception(); e.add_note('note 1'); e.__notes__", "['note 1']", () -> n.attributes().get("__notes__"));
        error("Exception().add_note(1)", "TypeError: note must be a str, not 'int'", () -> m(n, "add_note", 1L));
        check("e = Exception(); e.with_traceback(None) is e", "True", () -> m(n, "with_traceback", PyNone.NONE) == n);
        m(n, "__init__", "x", "y");
        check("e = Exception(); e.__init__('x', 'y'); e.args", "('x', 'y')", n::args);
        check("isinstance(ValueError(), Exception)", "True", () -> call("isinstance", e, ExceptionTypes.EXCEPTION));
        check("type(IOError())", "<class 'OSError'>", () -> PyType.of(call("IOError")));
    }
}
