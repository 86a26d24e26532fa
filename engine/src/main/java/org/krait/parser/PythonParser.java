package org.krait.parser;

import org.krait.parser.ast.Mod;

/** Entry points of the Krait parser. All methods throw {@link ParseException} on a syntax error. */
public final class PythonParser {
    private PythonParser() {
    }

    /** Parses a whole file or {@code -c} program ("exec" mode). */
    public static Mod.Module parseModule(String source, String filename) {
        return parser(source, filename).parseModule();
    }

    /** Parses the input of {@code eval()} ("eval" mode). */
    public static Mod.Expression parseExpression(String source, String filename) {
        return parser(source, filename).parseExpressionInput();
    }

    /** Parses one REPL input ("single" mode): one statement, possibly compound. */
    public static Mod.Interactive parseInteractive(String source, String filename) {
        return parser(source, filename).parseInteractive();
    }

    private static Parser parser(String source, String filename) {
        String src = Lexer.normalize(source);
        return new Parser(new Lexer(src, filename, src, 0, 0, false), filename, src);
    }
}
