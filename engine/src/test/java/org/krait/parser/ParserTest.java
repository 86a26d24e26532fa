package org.krait.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Mod;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Pos;
import org.krait.parser.ast.Stmt;

class ParserTest {

    private static Expr expr(String src) {
        return PythonParser.parseExpression(src, "<string>").body();
    }

    private static Object constant(String src) {
        return ((Expr.Constant) expr(src)).value();
    }

    @Test
    void constantTypes() {
        assertEquals(42L, constant("42"));
        assertEquals(new BigInteger("123456789012345678901234567890"), constant("123456789012345678901234567890"));
        assertEquals(Long.MAX_VALUE, constant("0x7fff_ffff_ffff_ffff"));
        assertEquals(new BigInteger("18446744073709551615"), constant("0xFFFFFFFFFFFFFFFF"));
        assertEquals(1.5, constant("1.5"));
        assertEquals(new Expr.Constant.Imaginary(3.0), constant("3j"));
        assertEquals("a\nb", constant("'a\\nb'"));
        assertArrayEquals(new byte[]{'a', 0, (byte) 0xff}, (byte[]) constant("b'a\\x00\\xff'"));
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals(Expr.Constant.NONE, constant("None"));
        assertEquals(Expr.Constant.ELLIPSIS, constant("..."));
        assertEquals("\u00e9\uD83D\uDE00", constant("'\\N{LATIN SMALL LETTER E WITH ACUTE}\\U0001F600'"));
    }

    @Test
    void positions() {
        Mod.Module m = PythonParser.parseModule("x = 1\nif x:\n    y = f(a, b)\n", "t.py");
        Stmt.Assign a = (Stmt.Assign) m.body().get(0);
        assertEquals(new Pos(1, 0, 1, 5), a.pos());
        assertEquals(new Pos(1, 4, 1, 5), a.value().pos());
        Stmt.If i = (Stmt.If) m.body().get(1);
        assertEquals(new Pos(2, 0, 3, 15), i.pos());
        Expr.Call call = (Expr.Call) ((Stmt.Assign) i.body().get(0)).value();
        assertEquals(new Pos(3, 8, 3, 15), call.pos());
        assertEquals(new Pos(3, 13, 3, 14), call.args().get(1).pos());
    }

    @Test
    void fstringExpressionPositions() {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'ab{xy}'");
        Expr.FormattedValue fv = (Expr.FormattedValue) j.values().get(1);
        assertEquals(new Pos(1, 5, 1, 7), fv.value().pos());
    }

    @Test
    void modes() {
        assertInstanceOf(Expr.BinOp.class, expr("1 + 2\n"));
        Mod.Interactive in = PythonParser.parseInteractive("for i in x:\n    print(i)\n", "<stdin>");
        assertEquals(1, in.body().size());
        assertEquals(2, PythonParser.parseInteractive("a = 1; b = 2\n", "<stdin>").body().size());
        assertTrue(PythonParser.parseInteractive("", "<stdin>").body().isEmpty());
        ParseException e = assertThrows(ParseException.class,
                () -> PythonParser.parseInteractive("a = 1\nb = 2\n", "<stdin>"));
        assertEquals("multiple statements found while compiling a single statement", e.msg());
    }

    @Test
    void incompleteInput() {
        for (String src : List.of("f(1,", "x = [", "'''abc", "x = 1 + \\", "if x:", "if x:\n", "def f():\n",
                "class C:", "for x in y:\n", "while True:", "{1: 2,\n")) {
            ParseException e = assertThrows(ParseException.class,
                    () -> PythonParser.parseInteractive(src, "<stdin>"), src);
            assertTrue(e.incomplete(), src + " -> " + e.getMessage());
        }
        for (String src : List.of("x = )", "1 +", "if x y:", "'abc")) {
            ParseException e = assertThrows(ParseException.class,
                    () -> PythonParser.parseInteractive(src, "<stdin>"), src);
            assertFalse(e.incomplete(), src + " -> " + e.getMessage());
        }
    }

    @Test
    void errorDetails() {
        ParseException e = assertThrows(ParseException.class,
                () -> PythonParser.parseModule("x = 1\nif x\n    pass\n", "bad.py"));
        assertEquals("SyntaxError", e.kind());
        assertEquals("expected ':'", e.msg());
        assertEquals("bad.py", e.filename());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        assertEquals("if x", e.lineText());
    }

    @Test
    void lineEndingsAndBom() {
        Mod.Module m = PythonParser.parseModule("\uFEFF# -*- coding: utf-8 -*-\r\nx = 1\r\ny = 2\r", "t.py");
        assertEquals(2, m.body().size());
        assertEquals(3, m.body().get(1).pos().line());
    }

    @Test
    void tokens() {
        Lexer lx = new Lexer("if x:\n\tpass\n", "t.py");
        List<String> kinds = new ArrayList<>();
        for (Token t = lx.next(); ; t = lx.next()) {
            kinds.add(t.kind() + (t.text().isBlank() ? "" : ":" + t.text()));
            if (t.kind() == TokenKind.ENDMARKER) {
                break;
            }
        }
        assertEquals(List.of("KEYWORD:if", "NAME:x", "OP::", "NEWLINE", "INDENT", "KEYWORD:pass", "NEWLINE",
                "DEDENT", "ENDMARKER"), kinds);
    }

    @Test
    void operatorMetadata() {
        assertEquals("//", Operator.FLOORDIV.symbol());
        assertEquals("__add__", Operator.ADD.dunder());
        assertEquals("__rtruediv__", Operator.DIV.rdunder());
        assertEquals("__imatmul__", Operator.MATMULT.idunder());
        assertEquals("not in", org.krait.parser.ast.CmpOp.NOTIN.symbol());
    }

    @Test
    void unicodeIdentifiersAreNormalized() {
        Expr.Name n = (Expr.Name) expr("\uFB01le"); // 'ﬁle' ligature -> "file" under NFKC
        assertEquals("file", n.id());
    }

    @Test
    void deepNestingDoesNotOverflowForReasonableInput() {
        String src = "(".repeat(200) + "1" + ")".repeat(200);
        assertEquals(1L, constant(src));
    }
}
