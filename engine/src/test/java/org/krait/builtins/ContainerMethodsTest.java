package org.krait.builtins;

import org.junit.jupiter.api.Test;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PySet;
import org.krait.runtime.PyType;

class ContainerMethodsTest extends BuiltinsTestSupport {

    @Test
    void listMethods() {
        PyList l = list(3L, 1L, 2L);
        m(l, "append", 4L);
        check("l = [3, 1, 2]; l.append(4); l", "[3, 1, 2, 4]", () -> l);
        m(l, "extend", tup(5L, 6L));
        m(l, "insert", 0L, 0L);
        m(l, "insert", -1L, 9L);
        m(l, "insert", 100L, 7L);
        check("l = [3, 1, 2, 4, 5, 6]; l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7); l",
                "[0, 3, 1, 2, 4, 5, 9, 6, 7]", () -> l);
        check("[0, 3, 1, 2, 4, 5, 9, 6, 7].pop()", "7", () -> m(l, "pop"));
        check("[0, 3, 1, 2, 4, 5, 9, 6].pop(1)", "3", () -> m(l, "pop", 1L));
        m(l, "remove", 9L);
        check("l = [0, 1, 2, 4, 5, 9, 6]; l.remove(9); l", "[0, 1, 2, 4, 5, 6]", () -> l);
        check("[0, 1, 2, 4, 5, 6].index(4)", "3", () -> m(l, "index", 4L));
        check("[0, 1, 2, 4, 5, 6].index(4, -3)", "3", () -> m(l, "index", 4L, -3L));
        error("[0, 1, 2, 4, 5, 6].index(4, 4)", "ValueError: 4 is not in list", () -> m(l, "index", 4L, 4L));
        error("[1].index('a')", "ValueError: 'a' is not in list", () -> m(list(1L), "index", "a"));
        check("[1, 2, 1, 1.0, True].count(1)", "4", () -> m(list(1L, 2L, 1L, 1.0, true), "count", 1L));
        m(l, "reverse");
        check("l = [0, 1, 2, 4, 5, 6]; l.reverse(); l", "[6, 5, 4, 2, 1, 0]", () -> l);
        check("[6, 5, 4, 2, 1, 0].copy()", "[6, 5, 4, 2, 1, 0]", () -> m(l, "copy"));
        m(l, "clear");
        check("l = [1]; l.clear(); l", "[]", () -> l);
        error("[].pop()", "IndexError: pop from empty list", () -> m(list(), "pop"));
        error("[1].pop(5)", "IndexError: pop index out of range", () -> m(list(1L), "pop", 5L));
        error("[1].remove(2)", "ValueError: list.remove(x): x not in list", () -> m(list(1L), "remove", 2L));
        PyList self = list(1L, 2L);
        m(self, "extend", self);
        check("l = [1, 2]; l.extend(l); l", "[1, 2, 1, 2]", () -> self);
        error("[].extend(1)", "TypeError: 'int' object is not iterable", () -> m(list(), "extend", 1L));
        check("list('abc')", "['a', 'b', 'c']", () -> call("list", "abc"));
        check("list()", "[]", () -> call("list"));
        check("list(range(3))", "[0, 1, 2]", () -> call("list", call("range", 3L)));
        check("list({'a': 1, 'b': 2})", "['a', 'b']", () -> call("list", dict("a", 1L, "b", 2L)));
    }

    @Test
    void sorting() {
        PyList l = list(3L, 1L, 2L, -5L);
        m(l, "sort");
        check("l = [3, 1, 2, -5]; l.sort(); l", "[-5, 1, 2, 3]", () -> l);
        mKw(l, "sort", args(), kw("key", "reverse"), b("abs"), true);
        check("l = [-5, 1, 2, 3]; l.sort(key=abs, reverse=True); l", "[-5, 3, 2, 1]", () -> l);
        check("sorted(['bb', 'a', 'ccc', 'dd'], key=len)", "['a', 'bb', 'dd', 'ccc']",
                () -> callKw("sorted", args(list("bb", "a", "ccc", "dd")), kw("key"), b("len")));
        check("sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True)", "['ccc', 'bb', 'dd', 'a']",
                () -> callKw("sorted", args(list("bb", "a", "ccc", "dd")), kw("key", "reverse"), b("len"), true));
        check("sorted((3, 1.5, True, 0))", "[0, True, 1.5, 3]", () -> call("sorted", tup(3L, 1.5, true, 0L)));
        check("sorted('hello')", "['e', 'h', 'l', 'l', 'o']", () -> call("sorted", "hello"));
        check("sorted([(1, 'b'), (1, 'a'), (0, 'z')])", "[(0, 'z'), (1, 'a'), (1, 'b')]",
                () -> call("sorted", list(tup(1L, "b"), tup(1L, "a"), tup(0L, "z"))));
        Object[] big = new Object[200];
        for (int i = 0; i < 200; i++) {
            big[i] = (long) ((i * 7919) % 200);
        }
        check("sorted([(i * 7919) % 200 for i in range(200)]) == list(range(200))", "True",
                () -> org.krait.runtime.Ops.eq(call("sorted", list(big)), call("list", call("range", 200L))));
        error("[1, 'a'].sort()", "TypeError: '<' not supported between instances of 'str' and 'int'",
                () -> m(list(1L, "a"), "sort"));
        error("sorted([1, 'a'])", "TypeError: '<' not supported between instances of 'str' and 'int'",
                () -> call("sorted", list(1L, "a")));
        error("sorted(['a', 1])", "TypeError: '<' not supported between instances of 'int' and 'str'",
                () -> call("sorted", list("a", 1L)));
        PyList unchanged = list(2L, "x", 1L);
        try {
            m(unchanged, "sort");
        } catch (RuntimeException e) {
            // expected
        }
        check("l = [2, 'x', 1]\ntry: l.sort()\nexcept TypeError: pass\nl", "[2, 'x', 1]", () -> unchanged);
    }

    @Test
    void tupleAndRange() {
        check("tuple([1, 2])", "(1, 2)", () -> call("tuple", list(1L, 2L)));
        check("tuple()", "()", () -> call("tuple"));
        check("(1, 2, 1).count(1)", "2", () -> m(tup(1L, 2L, 1L), "count", 1L));
        check("(1, 2, 1).index(1, 1)", "2", () -> m(tup(1L, 2L, 1L), "index", 1L, 1L));
        error("(1,).index(5)", "ValueError: tuple.index(x): x not in tuple", () -> m(tup(1L), "index", 5L));
        check("range(5)", "range(0, 5)", () -> call("range", 5L));
        check("range(1, 10, 3)", "range(1, 10, 3)", () -> call("range", 1L, 10L, 3L));
        check("list(range(10, 0, -3))", "[10, 7, 4, 1]", () -> call("list", call("range", 10L, 0L, -3L)));
        check("range(1, 10, 3).index(7)", "2", () -> m(call("range", 1L, 10L, 3L), "index", 7L));
        check("range(1, 10, 3).count(7)", "1", () -> m(call("range", 1L, 10L, 3L), "count", 7L));
        check("range(1, 10, 3).count(7.0)", "1", () -> m(call("range", 1L, 10L, 3L), "count", 7.0));
        error("range(3).index(5)", "ValueError: 5 is not in range", () -> m(call("range", 3L), "index", 5L));
        error("range()", "TypeError: range expected at least 1 argument, got 0", () -> call("range"));
        error("range(1, 2, 3, 4)", "TypeError: range expected at most 3 arguments, got 4",
                () -> call("range", 1L, 2L, 3L, 4L));
        error("range(1, 2, 0)", "ValueError: range() arg 3 must not be zero", () -> call("range", 1L, 2L, 0L));
        error("range(1.0)", "TypeError: 'float' object cannot be interpreted as an integer", () -> call("range", 1.0));
        check("slice(3)", "slice(None, 3, None)", () -> call("slice", 3L));
        check("slice(1, 5, 2)", "slice(1, 5, 2)", () -> call("slice", 1L, 5L, 2L));
        check("slice(None, None, -1).indices(5)", "(4, -1, -1)",
                () -> m(call("slice", PyNone.NONE, PyNone.NONE, -1L), "indices", 5L));
        check("slice(-3, 100).indices(5)", "(2, 5, 1)", () -> m(call("slice", -3L, 100L), "indices", 5L));
        error("slice()", "TypeError: slice expected at least 1 argument, got 0", () -> call("slice"));
    }

    @Test
    void dictMethods() {
        PyDict d = (PyDict) callKw("dict", args(list(tup("a", 1L))), kw("b"), 2L);
        check("dict([('a', 1)], b=2)", "{'a': 1, 'b': 2}", () -> d);
        check("dict({'x': 1})", "{'x': 1}", () -> call("dict", dict("x", 1L)));
        check("dict()", "{}", () -> call("dict"));
        check("d = {'a': 1, 'b': 2}; d.keys()", "dict_keys(['a', 'b'])", () -> m(d, "keys"));
        check("d = {'a': 1, 'b': 2}; d.values()", "dict_values([1, 2])", () -> m(d, "values"));
        check("d = {'a': 1, 'b': 2}; d.items()", "dict_items([('a', 1), ('b', 2)])", () -> m(d, "items"));
        check("{'a': 1}.get('a')", "1", () -> m(d, "get", "a"));
        check("{'a': 1}.get('z')", "None", () -> m(d, "get", "z"));
        check("{'a': 1}.get('z', 0)", "0", () -> m(d, "get", "z", 0L));
        check("{'a': 1, 'b': 2}.setdefault('c', 3)", "3", () -> m(d, "setdefault", "c", 3L));
        check("{'a': 1, 'b': 2, 'c': 3}.setdefault('a', 9)", "1", () -> m(d, "setdefault", "a", 9L));
        check("{'a': 1, 'b': 2, 'c': 3}.pop('b')", "2", () -> m(d, "pop", "b"));
        check("{'a': 1, 'c': 3}.pop('b', None)", "None", () -> m(d, "pop", "b", PyNone.NONE));
        error("{}.pop(1)", "KeyError: 1", () -> m(new PyDict(), "pop", 1L));
        check("{'a': 1, 'c': 3}.popitem()", "('c', 3)", () -> m(d, "popitem"));
        error("{}.popitem()", "KeyError: 'popitem(): dictionary is empty'", () -> m(new PyDict(), "popitem"));
        mKw(d, "update", args(list(tup("x", 1L))), kw("y"), 2L);
        check("d = {'a': 1}; d.update([('x', 1)], y=2); d", "{'a': 1, 'x': 1, 'y': 2}", () -> d);
        m(d, "update", dict("a", 5L));
        check("d = {'a': 1, 'x': 1, 'y': 2}; d.update({'a': 5}); d", "{'a': 5, 'x': 1, 'y': 2}", () -> d);
        check("{'a': 5, 'x': 1, 'y': 2}.copy()", "{'a': 5, 'x': 1, 'y': 2}", () -> m(d, "copy"));
        check("dict.fromkeys('ab')", "{'a': None, 'b': None}", () -> t(PyType.DICT, "fromkeys", "ab"));
        check("dict.fromkeys([1, 2], 0)", "{1: 0, 2: 0}", () -> t(PyType.DICT, "fromkeys", list(1L, 2L), 0L));
        m(d, "clear");
        check("d = {'a': 1}; d.clear(); d", "{}", () -> d);
        error("dict([(1, 2, 3)])", "ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                () -> call("dict", list(tup(1L, 2L, 3L))));
        error("dict([1])", "TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                () -> call("dict", list(1L)));
        error("{}.update(1)", "TypeError: 'int' object is not iterable", () -> m(new PyDict(), "update", 1L));
        error("dict.fromkeys(1)", "TypeError: 'int' object is not iterable", () -> t(PyType.DICT, "fromkeys", 1L));
        check("list(reversed({'a': 1, 'b': 2}))", "['b', 'a']", () -> call("list", call("reversed", dict("a", 1L, "b", 2L))));
    }

    @Test
    void setMethods() {
        PySet s = (PySet) call("set", list(1L, 2L, 3L));
        check("set([1, 2, 3])", "{1, 2, 3}", () -> s);
        check("set()", "set()", () -> call("set"));
        check("frozenset([1, 2, 1])", "frozenset({1, 2})", () -> call("frozenset", list(1L, 2L, 1L)));
        check("{1, 2, 3}.union([4], (5,))", "{1, 2, 3, 4, 5}", () -> m(s, "union", list(4L), tup(5L)));
        check("{1, 2, 3}.intersection([2, 3, 4])", "{2, 3}", () -> m(s, "intersection", list(2L, 3L, 4L)));
        check("{1, 2, 3}.difference([2], [3])", "{1}", () -> m(s, "difference", list(2L), list(3L)));
        check("{1, 2, 3}.symmetric_difference([3, 4])", "{1, 2, 4}", () -> m(s, "symmetric_difference", list(3L, 4L)));
        check("{1, 2, 3}.issubset(range(5))", "True", () -> m(s, "issubset", call("range", 5L)));
        check("{1, 2, 3}.issuperset([1, 2])", "True", () -> m(s, "issuperset", list(1L, 2L)));
        check("{1, 2, 3}.isdisjoint([4, 5])", "True", () -> m(s, "isdisjoint", list(4L, 5L)));
        check("frozenset([1]).union([2])", "frozenset({1, 2})", () -> m(call("frozenset", list(1L)), "union", list(2L)));
        m(s, "add", 4L);
        m(s, "discard", 1L);
        m(s, "discard", 100L);
        m(s, "remove", 2L);
        check("s = {1, 2, 3}; s.add(4); s.discard(1); s.discard(100); s.remove(2); s", "{3, 4}", () -> s);
        error("set().remove(1)", "KeyError: 1", () -> m(call("set"), "remove", 1L));
        error("set().pop()", "KeyError: 'pop from an empty set'", () -> m(call("set"), "pop"));
        m(s, "update", list(5L, 6L), "ab");
        check("s = {3, 4}; s.update([5, 6], 'ab'); len(s)", "6", () -> (long) s.size());
        m(s, "intersection_update", list(3L, 4L, 5L, "a"));
        check("s = {3, 4, 5, 6, 'a', 'b'}; s.intersection_update([3, 4, 5, 'a']); sorted(s, key=str)", "[3, 4, 5, 'a']",
                () -> callKw("sorted", args(s), kw("key"), b("str")));
        m(s, "difference_update", list("a"));
        check("s = {3, 4, 5, 'a'}; s.difference_update(['a']); s", "{3, 4, 5}", () -> s);
        m(s, "symmetric_difference_update", list(5L, 6L));
        check("s = {3, 4, 5}; s.symmetric_difference_update([5, 6]); s", "{3, 4, 6}", () -> s);
        check("{3, 4, 6}.pop()", "3", () -> m(s, "pop"));
        m(s, "clear");
        check("s = {1}; s.clear(); s", "set()", () -> s);
        error("frozenset([[]])", "TypeError: unhashable type: 'list'", () -> call("frozenset", list(list())));
        error("set().issubset(1)", "TypeError: 'int' object is not iterable", () -> m(call("set"), "issubset", 1L));
    }
}
