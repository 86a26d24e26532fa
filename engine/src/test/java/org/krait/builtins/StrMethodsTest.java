package org.krait.builtins;

import org.junit.jupiter.api.Test;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;

class StrMethodsTest extends BuiltinsTestSupport {

    @Test
    void caseMethods() {
        check("'hello World'.upper()", "'HELLO WORLD'", () -> m("hello World", "upper"));
        check("'Hello World'.lower()", "'hello world'", () -> m("Hello World", "lower"));
        check("'ß'.upper()", "'SS'", () -> m("ß", "upper"));
        check("'ß'.casefold()", "'ss'", () -> m("ß", "casefold"));
        check("'hello world'.capitalize()", "'Hello world'", () -> m("hello world", "capitalize"));
        check("'ß'.capitalize()", "'Ss'", () -> m("ß", "capitalize"));
        check("'ﬁx'.title()", "'Fix'", () -> m("ﬁx", "title"));
        check("\"they're bill's\".title()", "\"They'Re Bill'S\"", () -> m("they're bill's", "title"));
        check("'AbC'.swapcase()", "'aBc'", () -> m("AbC", "swapcase"));
        check("'Hello World'.istitle()", "True", () -> m("Hello World", "istitle"));
        check("'Hello world'.istitle()", "False", () -> m("Hello world", "istitle"));
        check("'HELLO'.isupper()", "True", () -> m("HELLO", "isupper"));
        check("''.islower()", "False", () -> m("", "islower"));
        check("'a1'.islower()", "True", () -> m("a1", "islower"));
    }

    @Test
    void predicates() {
        check("'①'.isdigit()", "True", () -> m("①", "isdigit"));
        check("'⑩'.isdigit()", "False", () -> m("⑩", "isdigit"));
        check("'²'.isdigit()", "True", () -> m("²", "isdigit"));
        check("'²'.isdecimal()", "False", () -> m("²", "isdecimal"));
        check("'½'.isnumeric()", "True", () -> m("½", "isnumeric"));
        check("'٣'.isdecimal()", "True", () -> m("٣", "isdecimal"));
        check("'abc1'.isalnum()", "True", () -> m("abc1", "isalnum"));
        check("'abc!'.isalnum()", "False", () -> m("abc!", "isalnum"));
        check("'abé'.isalpha()", "True", () -> m("abé", "isalpha"));
        check("''.isalpha()", "False", () -> m("", "isalpha"));
        check("'abé'.isascii()", "False", () -> m("abé", "isascii"));
        check("''.isascii()", "True", () -> m("", "isascii"));
        check("' \\t\\n\\x1c'.isspace()", "True", () -> m(" \t\n\u001c", "isspace"));
        check("'\\x00'.isprintable()", "False", () -> m("\u0000", "isprintable"));
        check("'abc '.isprintable()", "True", () -> m("abc ", "isprintable"));
        check("'_a1'.isidentifier()", "True", () -> m("_a1", "isidentifier"));
        check("'1a'.isidentifier()", "False", () -> m("1a", "isidentifier"));
        check("''.isidentifier()", "False", () -> m("", "isidentifier"));
    }

    @Test
    void searching() {
        check("'hello'.find('l')", "2", () -> m("hello", "find", "l"));
        check("'hello'.rfind('l')", "3", () -> m("hello", "rfind", "l"));
        check("'hello'.find('l', 3)", "3", () -> m("hello", "find", "l", 3L));
        check("'hello'.find('l', -2, None)", "3", () -> m("hello", "find", "l", -2L, PyNone.NONE));
        check("'hello'.find('z')", "-1", () -> m("hello", "find", "z"));
        check("'abc'.find('', 4)", "-1", () -> m("abc", "find", "", 4L));
        check("'abc'.find('', 3)", "3", () -> m("abc", "find", "", 3L));
        check("'abc'.rfind('', 1, 2)", "2", () -> m("abc", "rfind", "", 1L, 2L));
        check("'a😀b😀'.find('b')", "2", () -> m("a😀b😀", "find", "b"));
        check("'a😀b😀'.rfind('😀')", "3", () -> m("a😀b😀", "rfind", "😀"));
        check("'hello'.index('e')", "1", () -> m("hello", "index", "e"));
        error("'a'.index('b')", "ValueError: substring not found", () -> m("a", "index", "b"));
        error("'abc'.rindex('', 5)", "ValueError: substring not found", () -> m("abc", "rindex", "", 5L));
        error("'a'.find(1)", "TypeError: must be str, not int", () -> m("a", "find", 1L));
        check("'banana'.count('an')", "2", () -> m("banana", "count", "an"));
        check("'banana'.count('a', 2)", "2", () -> m("banana", "count", "a", 2L));
        check("'abc'.count('')", "4", () -> m("abc", "count", ""));
        check("'abc'.count('', 1, 2)", "2", () -> m("abc", "count", "", 1L, 2L));
        check("'abc'.count('', 4)", "0", () -> m("abc", "count", "", 4L));
        check("'hello'.startswith('he')", "True", () -> m("hello", "startswith", "he"));
        check("'hello'.startswith(('x', 'hel'))", "True", () -> m("hello", "startswith", tup("x", "hel")));
        check("'hello'.startswith('l', 2)", "True", () -> m("hello", "startswith", "l", 2L));
        check("'hello'.endswith('ll', 0, 4)", "True", () -> m("hello", "endswith", "ll", 0L, 4L));
        check("'abc'.startswith('', 3)", "True", () -> m("abc", "startswith", "", 3L));
        check("'abc'.startswith('', 4)", "False", () -> m("abc", "startswith", "", 4L));
        error("'a'.startswith(1)", "TypeError: startswith first arg must be str or a tuple of str, not int",
                () -> m("a", "startswith", 1L));
        error("'a'.startswith((1,))", "TypeError: tuple for startswith must only contain str, not int",
                () -> m("a", "startswith", tup(1L)));
    }

    @Test
    void splitting() {
        check("'a,b,,c'.split(',')", "['a', 'b', '', 'c']", () -> m("a,b,,c", "split", ","));
        check("'a,b,,c'.split(',', 2)", "['a', 'b', ',c']", () -> m("a,b,,c", "split", ",", 2L));
        check("'a,b,,c'.rsplit(',', 2)", "['a,b', '', 'c']", () -> m("a,b,,c", "rsplit", ",", 2L));
        check("'  a  b c '.split()", "['a', 'b', 'c']", () -> m("  a  b c ", "split"));
        check("'  a b  '.split(None, 0)", "['a b  ']", () -> m("  a b  ", "split", PyNone.NONE, 0L));
        check("' a b c '.split(None, 1)", "['a', 'b c ']", () -> m(" a b c ", "split", PyNone.NONE, 1L));
        check("' a b c '.rsplit(None, 1)", "[' a b', 'c']", () -> m(" a b c ", "rsplit", PyNone.NONE, 1L));
        check("'a\\u3000b'.split()", "['a', 'b']", () -> m("a\u3000b", "split"));
        check("''.split()", "[]", () -> m("", "split"));
        check("''.split(',')", "['']", () -> m("", "split", ","));
        check("'a b c'.split(maxsplit=1)", "['a', 'b c']",
                () -> mKw("a b c", "split", args(), kw("maxsplit"), 1L));
        error("'a'.split('')", "ValueError: empty separator", () -> m("a", "split", ""));
        check("'a\\nb\\r\\nc\\rd\\x0be'.splitlines()", "['a', 'b', 'c', 'd', 'e']",
                () -> m("a\nb\r\nc\rd\u000be", "splitlines"));
        check("'a\\nb\\r\\n'.splitlines(True)", "['a\\n', 'b\\r\\n']", () -> m("a\nb\r\n", "splitlines", true));
        check("'a.b.c'.partition('.')", "('a', '.', 'b.c')", () -> m("a.b.c", "partition", "."));
        check("'a.b.c'.rpartition('.')", "('a.b', '.', 'c')", () -> m("a.b.c", "rpartition", "."));
        check("'abc'.partition('x')", "('abc', '', '')", () -> m("abc", "partition", "x"));
        check("'abc'.rpartition('x')", "('', '', 'abc')", () -> m("abc", "rpartition", "x"));
        error("'a'.partition('')", "ValueError: empty separator", () -> m("a", "partition", ""));
    }

    @Test
    void building() {
        check("'-'.join(['a', 'b', 'c'])", "'a-b-c'", () -> m("-", "join", list("a", "b", "c")));
        check("''.join('abc')", "'abc'", () -> m("", "join", "abc"));
        error("'a'.join([1])", "TypeError: sequence item 0: expected str instance, int found",
                () -> m("a", "join", list(1L)));
        check("'  xy  '.strip()", "'xy'", () -> m("  xy  ", "strip"));
        check("'  xy  '.strip(' x')", "'y'", () -> m("  xy  ", "strip", " x"));
        check("'xxaxx'.lstrip('x')", "'axx'", () -> m("xxaxx", "lstrip", "x"));
        check("'xxaxx'.rstrip('x')", "'xxa'", () -> m("xxaxx", "rstrip", "x"));
        error("'a'.rstrip(1)", "TypeError: rstrip arg must be None or str", () -> m("a", "rstrip", 1L));
        check("'ab'.center(6, '*')", "'**ab**'", () -> m("ab", "center", 6L, "*"));
        check("'abc'.center(6)", "' abc  '", () -> m("abc", "center", 6L));
        check("'abc'.center(8)", "'  abc   '", () -> m("abc", "center", 8L));
        check("'a'.center(4)", "' a  '", () -> m("a", "center", 4L));
        check("'a'.ljust(3)", "'a  '", () -> m("a", "ljust", 3L));
        check("'a'.rjust(3, 'é')", "'ééa'", () -> m("a", "rjust", 3L, "é"));
        error("'a'.center(3, 'xy')", "TypeError: The fill character must be exactly one character long",
                () -> m("a", "center", 3L, "xy"));
        check("'-12'.zfill(5)", "'-0012'", () -> m("-12", "zfill", 5L));
        check("'12'.zfill(1)", "'12'", () -> m("12", "zfill", 1L));
        check("'a\\tbc\\td'.expandtabs(4)", "'a   bc  d'", () -> m("a\tbc\td", "expandtabs", 4L));
        check("'abcabc'.replace('b', 'X')", "'aXcaXc'", () -> m("abcabc", "replace", "b", "X"));
        check("'abcabc'.replace('b', 'X', 1)", "'aXcabc'", () -> m("abcabc", "replace", "b", "X", 1L));
        check("'abc'.replace('', '-')", "'-a-b-c-'", () -> m("abc", "replace", "", "-"));
        check("'abc'.replace('', '-', 2)", "'-a-bc'", () -> m("abc", "replace", "", "-", 2L));
        check("'prefix_x'.removeprefix('prefix_')", "'x'", () -> m("prefix_x", "removeprefix", "prefix_"));
        check("'x.py'.removesuffix('.py')", "'x'", () -> m("x.py", "removesuffix", ".py"));
        check("'x.py'.removesuffix('')", "'x.py'", () -> m("x.py", "removesuffix", ""));
        error("'a'.removeprefix(1)", "TypeError: removeprefix() argument must be str, not int",
                () -> m("a", "removeprefix", 1L));
        check("'{} {x}'.format(1, x=2)", "'1 2'", () -> mKw("{} {x}", "format", args(1L), kw("x"), 2L));
        check("'{0:>4}|{1!r}'.format('a', 'b')", "\"   a|'b'\"", () -> m("{0:>4}|{1!r}", "format", "a", "b"));
        check("'{a}'.format_map({'a': 5})", "'5'", () -> m("{a}", "format_map", dict("a", 5L)));
    }

    @Test
    void translateAndEncode() {
        check("str.maketrans('ab', 'xy')", "{97: 120, 98: 121}", () -> t(PyType.STR, "maketrans", "ab", "xy"));
        check("str.maketrans('a', 'b', 'c')", "{97: 98, 99: None}", () -> t(PyType.STR, "maketrans", "a", "b", "c"));
        check("str.maketrans({'a': 'z', 98: None})", "{97: 'z', 98: None}",
                () -> t(PyType.STR, "maketrans", dict("a", "z", 98L, PyNone.NONE)));
        error("str.maketrans('ab', 'c')", "ValueError: the first two maketrans arguments must have equal length",
                () -> t(PyType.STR, "maketrans", "ab", "c"));
        error("str.maketrans(1)", "TypeError: if you give only one argument to maketrans it must be a dict",
                () -> t(PyType.STR, "maketrans", 1L));
        check("'abcd'.translate({97: 'A', 98: None, 99: 100})", "'Add'",
                () -> m("abcd", "translate", dict(97L, "A", 98L, PyNone.NONE, 99L, 100L)));
        error("'a'.translate({97: 1.5})", "TypeError: character mapping must return integer, None or str",
                () -> m("a", "translate", dict(97L, 1.5)));
        check("'héllo'.encode()", "b'h\\xc3\\xa9llo'", () -> m("héllo", "encode"));
        check("'héllo'.encode('latin-1')", "b'h\\xe9llo'", () -> m("héllo", "encode", "latin-1"));
        check("'héllo'.encode('ascii', 'replace')", "b'h?llo'", () -> m("héllo", "encode", "ascii", "replace"));
        check("'héllo'.encode('ascii', 'ignore')", "b'hllo'", () -> m("héllo", "encode", "ascii", "ignore"));
        check("'é€'.encode('ascii', 'backslashreplace')", "b'\\\\xe9\\\\u20ac'",
                () -> m("é€", "encode", "ascii", "backslashreplace"));
        check("'é'.encode('ascii', 'xmlcharrefreplace')", "b'&#233;'",
                () -> m("é", "encode", "ascii", "xmlcharrefreplace"));
        check("'😀'.encode('utf-8')", "b'\\xf0\\x9f\\x98\\x80'", () -> m("😀", "encode", "utf-8"));
        error("'é'.encode('ascii')",
                "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                () -> m("é", "encode", "ascii"));
        error("'aéé'.encode('ascii')",
                "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
                () -> m("aéé", "encode", "ascii"));
        error("'a'.encode('zz')", "LookupError: unknown encoding: zz", () -> m("a", "encode", "zz"));
        error("'é'.encode('ascii', 'zz')", "LookupError: unknown error handler name 'zz'",
                () -> m("é", "encode", "ascii", "zz"));
    }

    @Test
    void constructor() {
        check("str()", "''", () -> call("str"));
        check("str(12)", "'12'", () -> call("str", 12L));
        check("str([1, 'a'])", "\"[1, 'a']\"", () -> call("str", list(1L, "a")));
        check("str(b'abc')", "\"b'abc'\"", () -> call("str", bytes("abc")));
        check("str(b'h\\xc3\\xa9', 'utf-8')", "'hé'", () -> call("str", bytes("h\u00c3\u00a9"), "utf-8"));
        check("str(b'\\xff', 'utf-8', 'replace')", "'\uFFFD'", () -> call("str", bytes("\u00ff"), "utf-8", "replace"));
        error("str(1, 'utf-8')", "TypeError: decoding to str: need a bytes-like object, int found",
                () -> call("str", 1L, "utf-8"));
        error("str(b'a', 'zz')", "LookupError: unknown encoding: zz", () -> call("str", bytes("a"), "zz"));
    }
}
