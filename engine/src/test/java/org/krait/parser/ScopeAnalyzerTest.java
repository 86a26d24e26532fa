package org.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.krait.parser.Scope.Kind;
import org.krait.parser.Scope.Resolution;
import org.krait.parser.ast.Mod;
import org.krait.parser.ast.Stmt;

/** Expectations checked against CPython 3.11's symtable module and code objects. */
class ScopeAnalyzerTest {

    private static Scope analyze(String src) {
        return ScopeAnalyzer.analyze(PythonParser.parseModule(src, "t.py"), "t.py");
    }

    private static Scope child(Scope s, String name) {
        for (Scope c : s.children()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no child " + name + " in " + s);
    }

    private static final String SRC = """
            x = 1
            def f(a, b=2, *args, c, **kw):
                y = a
                def g():
                    nonlocal y
                    y = 2
                    return b
                class C:
                    def m(self):
                        return super().m() + y
                return [y for y in args]
            def h():
                global x
                x = 3
                lam = lambda q: q + z
            """;

    @Test
    void resolutions() {
        Scope mod = analyze(SRC);
        assertEquals(Kind.MODULE, mod.kind());
        assertEquals(Resolution.GLOBAL_EXPLICIT, child(mod, "h").resolve("x"));
        Scope f = child(mod, "f");
        assertEquals(List.of("a", "b", "args", "c", "kw"), f.params());
        assertEquals(List.of("a", "b", "args", "c", "kw", "y", "g", "C"), f.locals());
        assertEquals(Resolution.CELL, f.resolve("y"));
        assertEquals(Resolution.CELL, f.resolve("b"));
        assertEquals(Resolution.LOCAL, f.resolve("a"));
        assertEquals(java.util.Set.of("y", "b"), java.util.Set.copyOf(f.cellVars()));
        Scope g = child(f, "g");
        assertEquals(Resolution.FREE, g.resolve("y"));
        assertEquals(Resolution.FREE, g.resolve("b"));
        assertEquals("f.<locals>.g", g.qualname());
        Scope c = child(f, "C");
        assertEquals(Kind.CLASS, c.kind());
        assertEquals(List.of("y"), c.freeVars());
        assertEquals(List.of("__class__"), c.cellVars());
        assertTrue(c.usesSuperOrClass());
        Scope m = child(c, "m");
        assertEquals("f.<locals>.C.m", m.qualname());
        assertEquals(java.util.Set.of("__class__", "y"), java.util.Set.copyOf(m.freeVars()));
        assertEquals(Resolution.GLOBAL_IMPLICIT, m.resolve("super"));
        assertTrue(m.usesSuperOrClass());
        Scope comp = child(f, "<listcomp>");
        assertEquals(Kind.COMPREHENSION, comp.kind());
        assertEquals(List.of(".0"), comp.params());
        assertEquals(Resolution.LOCAL, comp.resolve("y"));
        assertEquals(Resolution.GLOBAL_IMPLICIT, f.resolve("args") == Resolution.LOCAL
                ? Resolution.GLOBAL_IMPLICIT : null);
        Scope lam = child(child(mod, "h"), "<lambda>");
        assertEquals(Kind.LAMBDA, lam.kind());
        assertEquals("h.<locals>.<lambda>", lam.qualname());
        assertEquals(Resolution.GLOBAL_IMPLICIT, lam.resolve("z"));
    }

    @Test
    void scopeOfUsesIdentity() {
        Mod.Module m = PythonParser.parseModule("def f(): pass\ndef f(): pass\n", "t.py");
        Scope root = ScopeAnalyzer.analyze(m);
        Scope s0 = root.scopeOf(m.body().get(0));
        Scope s1 = root.scopeOf(m.body().get(1));
        assertSame(root.children().get(0), s0);
        assertSame(root.children().get(1), s1);
        assertSame(root, root.scopeOf(m));
    }

    @Test
    void flags() {
        Scope mod = analyze("""
                def gen():
                    yield 1
                async def co():
                    await x
                    return [i async for i in y]
                def plain():
                    return (i for i in z)
                from os import *
                """);
        assertTrue(child(mod, "gen").isGenerator());
        assertFalse(child(mod, "gen").isCoroutine());
        assertTrue(child(mod, "co").isCoroutine());
        assertTrue(child(child(mod, "co"), "<listcomp>").isCoroutine());
        assertFalse(child(mod, "plain").isGenerator());
        assertTrue(child(child(mod, "plain"), "<genexpr>").isGenerator());
        assertTrue(mod.hasStarImport());
    }

    @Test
    void walrusBindsInEnclosingFunction() {
        Scope mod = analyze("""
                def f(data):
                    if any((hit := v) > 3 for v in data):
                        return hit
                [last := w for w in range(3)]
                """);
        Scope f = child(mod, "f");
        assertEquals(Resolution.CELL, f.resolve("hit"));
        assertEquals(Resolution.FREE, child(f, "<genexpr>").resolve("hit"));
        assertEquals(Resolution.LOCAL, mod.resolve("last"));
        assertEquals(Resolution.GLOBAL_EXPLICIT, child(mod, "<listcomp>").resolve("last"));
    }

    @Test
    void classScopeIsNotVisibleToMethods() {
        Scope mod = analyze("""
                def outer():
                    v = 1
                    class K:
                        v = 2
                        def m(self):
                            return v
                """);
        Scope outer = child(mod, "outer");
        Scope k = child(outer, "K");
        assertEquals(Resolution.CELL, outer.resolve("v"));
        assertEquals(Resolution.LOCAL, k.resolve("v"));
        assertEquals(List.of("v"), k.freeVars());
        assertEquals(Resolution.FREE, child(k, "m").resolve("v"));
        assertFalse(k.usesSuperOrClass());
    }

    @Test
    void bindingsOfImportsHandlersAndPatterns() {
        Scope f = child(analyze("""
                def f(s):
                    import a.b.c, d.e as de
                    from m import n as nn, o
                    try:
                        pass
                    except E as err:
                        pass
                    with ctx() as (w1, w2):
                        pass
                    for t in s:
                        del t
                    match s:
                        case [p1, *rest] | {"k": p1, **rest}:
                            pass
                        case Point(x=px) as pt:
                            pass
                """), "f");
        assertEquals(List.of("s", "a", "de", "nn", "o", "err", "w1", "w2", "t", "p1", "rest", "px", "pt"),
                f.locals());
        assertEquals(Resolution.GLOBAL_IMPLICIT, f.resolve("ctx"));
        assertEquals(Resolution.GLOBAL_IMPLICIT, f.resolve("Point"));
    }

    @Test
    void qualnames() {
        Scope mod = analyze("""
                class A:
                    def m(self):
                        return lambda: [x for x in ()]
                def f():
                    global g
                    def g():
                        pass
                """);
        Scope m = child(child(mod, "A"), "m");
        assertEquals("A.m", m.qualname());
        Scope lam = child(m, "<lambda>");
        assertEquals("A.m.<locals>.<lambda>", lam.qualname());
        assertEquals("A.m.<locals>.<lambda>.<locals>.<listcomp>", child(lam, "<listcomp>").qualname());
        assertEquals("g", child(child(mod, "f"), "g").qualname());
    }

    @Test
    void errors() {
        ParseException e = assertThrows(ParseException.class, () -> analyze("def f():\n    x = 1\n    global x\n"));
        assertEquals("name 'x' is assigned to before global declaration", e.msg());
        assertEquals(3, e.line());
        e = assertThrows(ParseException.class, () -> analyze("[(i := 1) for i in range(3)]"));
        assertEquals("assignment expression cannot rebind comprehension iteration variable 'i'", e.msg());
        e = assertThrows(ParseException.class, () -> analyze("class C:\n    [(y := 1) for i in ()]\n"));
        assertEquals("assignment expression within a comprehension cannot be used in a class body", e.msg());
        e = assertThrows(ParseException.class, () -> analyze("def f():\n    [(yield) for i in ()]\n"));
        assertEquals("'yield' inside list comprehension", e.msg());
        e = assertThrows(ParseException.class, () -> analyze("def f():\n    await x\n"));
        assertEquals("'await' outside async function", e.msg());
        e = assertThrows(ParseException.class, () -> analyze("while x:\n    pass\nelse:\n    break\n"));
        assertEquals("'break' outside loop", e.msg());
        analyze("for x in y:\n    try:\n        continue\n    finally:\n        break\n");
    }

    @Test
    void scopeNodeIsAstNode() {
        Mod.Module m = PythonParser.parseModule("class C:\n    pass\n", "t.py");
        Scope root = ScopeAnalyzer.analyze(m);
        assertSame(m.body().get(0), root.children().get(0).node());
        assertTrue(root.children().get(0).node() instanceof Stmt.ClassDef);
    }
}
