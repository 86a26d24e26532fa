package org.krait.builtins;

import org.junit.jupiter.api.Test;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;

class BytesMethodsTest extends BuiltinsTestSupport {

    @Test
    void constructorAndCodecs() {
        check("bytes()", "b''", () -> call("bytes"));
        check("bytes(3)", "b'\\x00\\x00\\x00'", () -> call("bytes", 3L));
        check("bytes([104, 105])", "b'hi'", () -> call("bytes", list(104L, 105L)));
        check("bytes(range(3))", "b'\\x00\\x01\\x02'", () -> call("bytes", call("range", 3L)));
        check("bytes('hé', 'utf-8')", "b'h\\xc3\\xa9'", () -> call("bytes", "hé", "utf-8"));
        check("bytes('hé', 'ascii', 'ignore')", "b'h'", () -> call("bytes", "hé", "ascii", "ignore"));
        error("bytes('a')", "TypeError: string argument without an encoding", () -> call("bytes", "a"));
        error("bytes(1, 'utf-8')", "TypeError: encoding without a string argument", () -> call("bytes", 1L, "utf-8"));
        error("bytes([300])", "ValueError: bytes must be in range(0, 256)", () -> call("bytes", list(300L)));
        error("bytes(-1)", "ValueError: negative count", () -> call("bytes", -1L));
        error("bytes([1, 'a'])", "TypeError: 'str' object cannot be interpreted as an integer",
                () -> call("bytes", list(1L, "a")));
        error("bytes(1.5)", "TypeError: cannot convert 'float' object to bytes", () -> call("bytes", 1.5));
        check("b'h\\xc3\\xa9'.decode()", "'hé'", () -> m(bytes("h\u00c3\u00a9"), "decode"));
        check("b'h\\xe9'.decode('latin-1')", "'hé'", () -> m(bytes("h\u00e9"), "decode", "latin-1"));
        check("b'a\\xffb'.decode('utf-8', 'replace')", "'a\uFFFDb'",
                () -> m(bytes("a\u00ffb"), "decode", "utf-8", "replace"));
        check("b'a\\xffb'.decode('ascii', 'ignore')", "'ab'", () -> m(bytes("a\u00ffb"), "decode", "ascii", "ignore"));
        check("b'a\\xffb'.decode('utf-8', 'backslashreplace')", "'a\\\\xffb'",
                () -> m(bytes("a\u00ffb"), "decode", "utf-8", "backslashreplace"));
        check("b'\\xf0\\x9f\\x98\\x80'.decode()", "'😀'", () -> m(bytes("\u00f0\u009f\u0098\u0080"), "decode"));
        error("b'\\xff'.decode('utf-8')",
                "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                () -> m(bytes("\u00ff"), "decode", "utf-8"));
        error("b'\\xe9'.decode('utf-8')",
                "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data",
                () -> m(bytes("\u00e9"), "decode", "utf-8"));
        error("b'a\\xe2\\x82x'.decode('utf-8')",
                "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte",
                () -> m(bytes("a\u00e2\u0082x"), "decode", "utf-8"));
        error("b'\\xff'.decode('ascii')",
                "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)",
                () -> m(bytes("\u00ff"), "decode", "ascii"));
        error("b'a'.decode('zz')", "LookupError: unknown encoding: zz", () -> m(bytes("a"), "decode", "zz"));
        check("b'\\x01\\xab'.hex()", "'01ab'", () -> m(bytes("\u0001\u00ab"), "hex"));
        check("b'\\x01\\x02\\x03'.hex(':', 2)", "'01:0203'", () -> m(bytes("\u0001\u0002\u0003"), "hex", ":", 2L));
        check("b'\\x01\\x02\\x03'.hex(':', -2)", "'0102:03'", () -> m(bytes("\u0001\u0002\u0003"), "hex", ":", -2L));
        check("bytes.fromhex('01 ab ff')", "b'\\x01\\xab\\xff'", () -> t(PyType.BYTES, "fromhex", "01 ab ff"));
        error("bytes.fromhex('zz')", "ValueError: non-hexadecimal number found in fromhex() arg at position 0",
                () -> t(PyType.BYTES, "fromhex", "zz"));
        error("bytes.fromhex('0 1')", "ValueError: non-hexadecimal number found in fromhex() arg at position 1",
                () -> t(PyType.BYTES, "fromhex", "0 1"));
    }

    @Test
    void methods() {
        check("b','.join([b'a', b'b'])", "b'a,b'", () -> m(bytes(","), "join", list(bytes("a"), bytes("b"))));
        error("b'a'.join(['a'])", "TypeError: sequence item 0: expected a bytes-like object, str found",
                () -> m(bytes("a"), "join", list("a")));
        check("b'a b  c'.split()", "[b'a', b'b', b'c']", () -> m(bytes("a b  c"), "split"));
        check("b'a,b'.split(b',')", "[b'a', b'b']", () -> m(bytes("a,b"), "split", bytes(",")));
        check("b'a,b,c'.rsplit(b',', 1)", "[b'a,b', b'c']", () -> m(bytes("a,b,c"), "rsplit", bytes(","), 1L));
        check("b'\\xa0a'.split()", "[b'\\xa0a']", () -> m(bytes("\u00a0a"), "split"));
        error("b'abc'.split('a')", "TypeError: a bytes-like object is required, not 'str'",
                () -> m(bytes("abc"), "split", "a"));
        check("b'  ab  '.strip()", "b'ab'", () -> m(bytes("  ab  "), "strip"));
        check("b'xxabxx'.lstrip(b'x')", "b'abxx'", () -> m(bytes("xxabxx"), "lstrip", bytes("x")));
        check("b'hello'.startswith(b'he')", "True", () -> m(bytes("hello"), "startswith", bytes("he")));
        check("b'hello'.endswith((b'x', b'lo'))", "True", () -> m(bytes("hello"), "endswith", tup(bytes("x"), bytes("lo"))));
        error("b'ab'.startswith('a')", "TypeError: startswith first arg must be bytes or a tuple of bytes, not str",
                () -> m(bytes("ab"), "startswith", "a"));
        check("b'hello'.find(b'l')", "2", () -> m(bytes("hello"), "find", bytes("l")));
        check("b'hello'.find(108)", "2", () -> m(bytes("hello"), "find", 108L));
        check("b'hello'.rfind(b'l')", "3", () -> m(bytes("hello"), "rfind", bytes("l")));
        error("b'abc'.find('a')", "TypeError: argument should be integer or bytes-like object, not 'str'",
                () -> m(bytes("abc"), "find", "a"));
        error("b'abc'.index(b'z')", "ValueError: subsection not found", () -> m(bytes("abc"), "index", bytes("z")));
        check("b'banana'.count(b'a')", "3", () -> m(bytes("banana"), "count", bytes("a")));
        check("b'abc'.count(98)", "1", () -> m(bytes("abc"), "count", 98L));
        check("b'aXbX'.replace(b'X', b'--')", "b'a--b--'", () -> m(bytes("aXbX"), "replace", bytes("X"), bytes("--")));
        check("b'Hello \\xe9'.upper()", "b'HELLO \\xe9'", () -> m(bytes("Hello \u00e9"), "upper"));
        check("b'Hello'.lower()", "b'hello'", () -> m(bytes("Hello"), "lower"));
        check("b'Hello'.swapcase()", "b'hELLO'", () -> m(bytes("Hello"), "swapcase"));
        check("b'hello world'.title()", "b'Hello World'", () -> m(bytes("hello world"), "title"));
        check("b'hELLO'.capitalize()", "b'Hello'", () -> m(bytes("hELLO"), "capitalize"));
        check("b'123'.isdigit()", "True", () -> m(bytes("123"), "isdigit"));
        check("b''.isdigit()", "False", () -> m(bytes(""), "isdigit"));
        check("b'ab1'.isalnum()", "True", () -> m(bytes("ab1"), "isalnum"));
        check("b'ab'.isalpha()", "True", () -> m(bytes("ab"), "isalpha"));
        check("b' \\t'.isspace()", "True", () -> m(bytes(" \t"), "isspace"));
        check("b'ab1'.islower()", "True", () -> m(bytes("ab1"), "islower"));
        check("b'AB'.isupper()", "True", () -> m(bytes("AB"), "isupper"));
        check("b'Ab'.istitle()", "True", () -> m(bytes("Ab"), "istitle"));
        check("b'ab'.center(6, b'*')", "b'**ab**'", () -> m(bytes("ab"), "center", 6L, bytes("*")));
        check("b'ab'.ljust(4)", "b'ab  '", () -> m(bytes("ab"), "ljust", 4L));
        error("b'a'.center(3, 'x')", "TypeError: center() argument 2 must be a byte string of length 1, not str",
                () -> m(bytes("a"), "center", 3L, "x"));
        check("b'-5'.zfill(4)", "b'-005'", () -> m(bytes("-5"), "zfill", 4L));
        check("b'a=b=c'.partition(b'=')", "(b'a', b'=', b'b=c')", () -> m(bytes("a=b=c"), "partition", bytes("=")));
        check("b'a=b=c'.rpartition(b'=')", "(b'a=b', b'=', b'c')", () -> m(bytes("a=b=c"), "rpartition", bytes("=")));
        check("b'a\\nb\\r\\nc'.splitlines()", "[b'a', b'b', b'c']", () -> m(bytes("a\nb\r\nc"), "splitlines"));
        check("b'a\\x0bb'.splitlines()", "[b'a\\x0bb']", () -> m(bytes("a\u000bb"), "splitlines"));
        check("b'ab'.removeprefix(b'a')", "b'b'", () -> m(bytes("ab"), "removeprefix", bytes("a")));
        check("b'ab'.translate(None, b'a')", "b'b'", () -> m(bytes("ab"), "translate", PyNone.NONE, bytes("a")));
        check("b'ab'.translate(bytes.maketrans(b'a', b'x'))", "b'xb'",
                () -> m(bytes("ab"), "translate", t(PyType.BYTES, "maketrans", bytes("a"), bytes("x"))));
        check("b'a\\tb'.expandtabs(4)", "b'a   b'", () -> m(bytes("a\tb"), "expandtabs", 4L));
    }
}
