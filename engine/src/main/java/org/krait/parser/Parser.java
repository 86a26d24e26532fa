package org.krait.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.krait.parser.ast.Alias;
import org.krait.parser.ast.Arg;
import org.krait.parser.ast.Arguments;
import org.krait.parser.ast.BoolOperator;
import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Comprehension;
import org.krait.parser.ast.Ctx;
import org.krait.parser.ast.ExceptHandler;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Keyword;
import org.krait.parser.ast.MatchCase;
import org.krait.parser.ast.Mod;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Pattern;
import org.krait.parser.ast.Pos;
import org.krait.parser.ast.Stmt;
import org.krait.parser.ast.UnaryOperator;
import org.krait.parser.ast.WithItem;

/**
 * Recursive-descent parser for Python 3.11 (precedence climbing for binary operators). Assignment targets are
 * parsed as expressions and converted afterwards, which keeps lookahead to a token or two; backtracking is
 * only used for the soft keyword {@code match} and parenthesised {@code with} items.
 * Use the static entry points in {@link PythonParser}.
 */
public final class Parser {
    private final Lexer lexer;
    private final String filename;
    private final String source;
    private final ArrayList<Token> toks = new ArrayList<>();
    private int p;
    /** A lexer error is final: backtracking must not swallow it. */
    private ParseException lexError;

    Parser(Lexer lexer, String filename, String source) {
        this.lexer = lexer;
        this.filename = filename;
        this.source = source;
    }

    // ================= entry points =================

    Mod.Module parseModule() {
        List<Stmt> body = new ArrayList<>();
        while (tok().kind() != TokenKind.ENDMARKER) {
            statement(body);
        }
        return new Mod.Module(body);
    }

    Mod.Interactive parseInteractive() {
        List<Stmt> body = new ArrayList<>();
        if (tok().kind() != TokenKind.ENDMARKER) {
            statement(body);
            if (tok().kind() != TokenKind.ENDMARKER) {
                throw error("multiple statements found while compiling a single statement", tok());
            }
        }
        return new Mod.Interactive(body);
    }

    Mod.Expression parseExpressionInput() {
        Expr e = starExpressions();
        while (tok().kind() == TokenKind.NEWLINE) {
            p++;
        }
        if (tok().kind() != TokenKind.ENDMARKER) {
            throw syntaxError();
        }
        return new Mod.Expression(e);
    }

    /** The expression part of an f-string replacement field (lexed as if inside parentheses). */
    Expr parseFStringExpr() {
        Expr e = at("yield") ? yieldExpr() : starExpressions();
        if (tok().kind() != TokenKind.ENDMARKER) {
            throw syntaxError();
        }
        return e;
    }

    // ================= token helpers =================

    private Token peek(int k) {
        while (toks.size() <= p + k) {
            if (lexError != null) {
                throw lexError;
            }
            try {
                toks.add(lexer.next());
            } catch (ParseException e) {
                lexError = e;
                throw e;
            }
        }
        return toks.get(p + k);
    }

    private Token tok() {
        return peek(0);
    }

    private Token advance() {
        Token t = tok();
        p++;
        return t;
    }

    private boolean at(String op) {
        return tok().is(op);
    }

    private boolean accept(String op) {
        if (at(op)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (!at(op)) {
            throw syntaxError();
        }
        return advance();
    }

    private boolean atKind(TokenKind k) {
        return tok().kind() == k;
    }

    private String expectName() {
        if (!atKind(TokenKind.NAME)) {
            throw syntaxError();
        }
        return advance().text();
    }

    private Token last() {
        return toks.get(p - 1);
    }

    /** The last consumed token that is not layout (NEWLINE / INDENT / DEDENT): where a node ends. */
    private Token lastSignificant() {
        for (int i = p - 1; ; i--) {
            Token t = toks.get(i);
            switch (t.kind()) {
                case NEWLINE, INDENT, DEDENT, ENDMARKER -> {
                    if (i == 0) {
                        return t;
                    }
                }
                default -> {
                    return t;
                }
            }
        }
    }

    /** Span from {@code start} to the end of the last consumed token. */
    private Pos pos(Token start) {
        Token l = lastSignificant();
        return new Pos(start.line(), start.col(), l.endLine(), l.endCol());
    }

    private Pos pos(Pos start) {
        Token l = lastSignificant();
        return new Pos(start.line(), start.col(), l.endLine(), l.endCol());
    }

    private static Pos tokPos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    // ================= errors =================

    ParseException syntaxError() {
        Token t = tok();
        if (t.kind() == TokenKind.INDENT) {
            return new ParseException("IndentationError", "unexpected indent", filename, t.line(), t.endCol(),
                    t.line(), -1, ParseException.lineOf(source, t.line()), false);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return new ParseException("IndentationError", "unexpected unindent", filename, t.line(),
                    t.col() + 1, t.line(), -1, ParseException.lineOf(source, t.line()), false);
        }
        return laterLexError(error("invalid syntax", t));
    }

    /**
     * Like CPython, a generic syntax error yields to a tokenizer error further on (typically an unclosed
     * bracket, which also makes the input "incomplete" for the REPL).
     */
    private ParseException laterLexError(ParseException e) {
        try {
            for (int k = 0; peek(k).kind() != TokenKind.ENDMARKER; k++) {
                // just tokenize
            }
        } catch (ParseException lex) {
            return lex;
        }
        return e;
    }

    ParseException error(String msg, Token t) {
        return error(msg, tokPos(t));
    }

    ParseException error(String msg, Pos at) {
        return new ParseException("SyntaxError", msg, filename, at.line(), at.col() + 1, at.endLine(),
                at.endCol() + 1, ParseException.lineOf(source, at.line()), false);
    }

    private ParseException indentError(String msg, Token t) {
        return new ParseException("IndentationError", msg, filename, t.line(), t.col() + 1, t.endLine(),
                t.kind() == TokenKind.ENDMARKER ? -1 : t.endCol() + 1, ParseException.lineOf(source, t.line()),
                t.kind() == TokenKind.ENDMARKER);
    }

    /** Two expressions in a row inside brackets: CPython suggests a missing comma. */
    private ParseException commaError(Expr first) {
        boolean soft = first instanceof Expr.Name n && (n.id().equals("match") || n.id().equals("case")
                || n.id().equals("_"));
        if (canStartExpr(tok()) && !soft && !(first instanceof Expr.Name && atKind(TokenKind.STRING))) {
            int save = p;
            try {
                Expr b = expression();
                return laterLexError(error("invalid syntax. Perhaps you forgot a comma?",
                        Pos.span(first.pos(), b.pos())));
            } catch (ParseException e) {
                if (lexError != null) {
                    throw lexError;
                }
            }
            p = save;
        }
        return syntaxError();
    }

    /** Expects a closing bracket after an element, reporting a missing comma when one is likely. */
    private void expectClose(String close, Expr prev) {
        if (!at(close)) {
            throw prev == null ? syntaxError() : commaError(prev);
        }
        p++;
    }

    private boolean canStartExpr(Token t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING -> true;
            case KEYWORD -> switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await" -> true;
                default -> false;
            };
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    // ================= statements =================

    private void statement(List<Stmt> out) {
        Token t = tok();
        switch (t.kind()) {
            case KEYWORD -> {
                switch (t.text()) {
                    case "if" -> {
                        out.add(ifStmt());
                        return;
                    }
                    case "while" -> {
                        out.add(whileStmt());
                        return;
                    }
                    case "for" -> {
                        out.add(forStmt(null));
                        return;
                    }
                    case "try" -> {
                        out.add(tryStmt());
                        return;
                    }
                    case "with" -> {
                        out.add(withStmt(null));
                        return;
                    }
                    case "def" -> {
                        out.add(funcDef(List.of(), null));
                        return;
                    }
                    case "class" -> {
                        out.add(classDef(List.of()));
                        return;
                    }
                    case "async" -> {
                        Token a = advance();
                        if (at("def")) {
                            out.add(funcDef(List.of(), a));
                        } else if (at("for")) {
                            out.add(forStmt(a));
                        } else if (at("with")) {
                            out.add(withStmt(a));
                        } else {
                            throw syntaxError();
                        }
                        return;
                    }
                    default -> {
                    }
                }
            }
            case OP -> {
                if (t.is("@")) {
                    out.add(decorated());
                    return;
                }
            }
            case NAME -> {
                if (t.text().equals("match")) {
                    Stmt m = tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
            }
            case INDENT, DEDENT -> throw syntaxError();
            default -> {
            }
        }
        simpleStmts(out);
    }

    private void simpleStmts(List<Stmt> out) {
        for (;;) {
            Stmt s = simpleStmt();
            out.add(s);
            if (!accept(";") || atKind(TokenKind.NEWLINE)) {
                break;
            }
        }
        if (!atKind(TokenKind.NEWLINE)) {
            Stmt s = out.get(out.size() - 1);
            if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Name n
                    && (n.id().equals("print") || n.id().equals("exec")) && canStartExpr(tok())) {
                int save = p;
                Pos end = tokPos(tok());
                try {
                    end = starExpressions().pos();
                } catch (ParseException ex) {
                    if (lexError != null) {
                        throw lexError;
                    }
                }
                p = save;
                throw error("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id()
                        + "(...)?", Pos.span(n.pos(), end));
            }
            throw syntaxError();
        }
        p++;
    }

    private Stmt simpleStmt() {
        Token t = tok();
        if (t.kind() == TokenKind.KEYWORD) {
            switch (t.text()) {
                case "pass" -> {
                    p++;
                    return new Stmt.Pass(tokPos(t));
                }
                case "break" -> {
                    p++;
                    return new Stmt.Break(tokPos(t));
                }
                case "continue" -> {
                    p++;
                    return new Stmt.Continue(tokPos(t));
                }
                case "return" -> {
                    p++;
                    Expr v = canStartExpr(tok()) ? starExpressions() : null;
                    return new Stmt.Return(pos(t), v);
                }
                case "raise" -> {
                    p++;
                    Expr exc = null;
                    Expr cause = null;
                    if (canStartExpr(tok())) {
                        exc = expression();
                        if (accept("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(pos(t), exc, cause);
                }
                case "global", "nonlocal" -> {
                    p++;
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (accept(","));
                    return t.text().equals("global") ? new Stmt.Global(pos(t), names)
                            : new Stmt.Nonlocal(pos(t), names);
                }
                case "del" -> {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (!canStartExpr(tok()) && !targets.isEmpty()) {
                            break;
                        }
                        targets.add(toTarget(expression(), Ctx.DEL));
                    } while (accept(","));
                    return new Stmt.Delete(pos(t), targets);
                }
                case "assert" -> {
                    p++;
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Stmt.Assert(pos(t), test, msg);
                }
                case "import" -> {
                    return importStmt();
                }
                case "from" -> {
                    return fromImport();
                }
                default -> {
                }
            }
        }
        return exprOrAssign();
    }

    private Stmt exprOrAssign() {
        Token start = tok();
        Expr first = at("yield") ? yieldExpr() : starExpressions();
        if (at(":")) {
            p++;
            Expr ann = expression();
            Expr value = null;
            if (accept("=")) {
                value = at("yield") ? yieldExpr() : starExpressions();
            }
            if (first instanceof Expr.TupleExpr) {
                throw error("only single target (not tuple) can be annotated", first.pos());
            }
            if (first instanceof Expr.ListExpr) {
                throw error("only single target (not list) can be annotated", first.pos());
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute
                    || first instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", first.pos());
            }
            boolean simple = first instanceof Expr.Name && !start.is("(");
            return new Stmt.AnnAssign(pos(start), toTarget(first, Ctx.STORE), ann, value, simple);
        }
        Operator aug = augOp(tok());
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute
                    || first instanceof Expr.Subscript)) {
                throw error("'" + exprName(first) + "' is an illegal expression for augmented assignment",
                        first.pos());
            }
            p++;
            Expr value = at("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(pos(start), toTarget(first, Ctx.STORE), aug, value);
        }
        if (at("=")) {
            List<Expr> exprs = new ArrayList<>();
            exprs.add(first);
            while (accept("=")) {
                exprs.add(at("yield") ? yieldExpr() : starExpressions());
            }
            Expr value = exprs.remove(exprs.size() - 1);
            List<Expr> targets = new ArrayList<>(exprs.size());
            for (Expr e : exprs) {
                if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
                    throw error("assignment to yield expression not possible", e.pos());
                }
                if (exprs.size() == 1 && invalidTarget(e) == e && !(value instanceof Expr.Yield
                        || value instanceof Expr.YieldFrom) && !isSingletonConstant(e)) {
                    throw error("cannot assign to " + exprName(e)
                            + " here. Maybe you meant '==' instead of '='?", e.pos());
                }
                targets.add(toTarget(e, Ctx.STORE));
            }
            return new Stmt.Assign(pos(start), targets, value);
        }
        if (at(":=")) {
            throw error("cannot use assignment expressions with " + exprName(first), first.pos());
        }
        return new Stmt.ExprStmt(first.pos(), first);
    }

    private static boolean isSingletonConstant(Expr e) {
        return e instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Expr.Constant.NONE);
    }

    private static Operator augOp(Token t) {
        if (t.kind() != TokenKind.OP || !t.text().endsWith("=") || t.text().length() < 2) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> Operator.ADD;
            case "-=" -> Operator.SUB;
            case "*=" -> Operator.MULT;
            case "@=" -> Operator.MATMULT;
            case "/=" -> Operator.DIV;
            case "%=" -> Operator.MOD;
            case "**=" -> Operator.POW;
            case "<<=" -> Operator.LSHIFT;
            case ">>=" -> Operator.RSHIFT;
            case "|=" -> Operator.BITOR;
            case "^=" -> Operator.BITXOR;
            case "&=" -> Operator.BITAND;
            case "//=" -> Operator.FLOORDIV;
            default -> null;
        };
    }

    private Stmt importStmt() {
        Token t = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token s = tok();
            String name = dottedName();
            String as = accept("as") ? expectName() : null;
            names.add(new Alias(pos(s), name, as));
        } while (accept(","));
        return new Stmt.Import(pos(t), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (accept(".")) {
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token t = advance();
        int level = 0;
        for (;;) {
            if (accept(".")) {
                level++;
            } else if (accept("...")) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (!at("import") || level == 0) {
            module = dottedName();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token s = advance();
            names.add(new Alias(tokPos(s), "*", null));
        } else {
            boolean paren = accept("(");
            do {
                if (paren && at(")")) {
                    break;
                }
                Token s = tok();
                String name = expectName();
                String as = accept("as") ? expectName() : null;
                names.add(new Alias(pos(s), name, as));
            } while (accept(","));
            if (paren) {
                expect(")");
            } else if (last().is(",")) {
                throw error("trailing comma not allowed without surrounding parentheses", last());
            }
        }
        return new Stmt.ImportFrom(pos(t), module, names, level);
    }

    // ---- compound statements ----

    /** Parses ':' and an indented block (or a simple statement list on the same line). */
    private List<Stmt> block(String what, Token header, boolean strictColon) {
        if (!at(":")) {
            if (strictColon || atKind(TokenKind.NEWLINE)) {
                Token t = tok();
                throw new ParseException("SyntaxError", "expected ':'", filename, t.line(), t.col() + 1,
                        t.line(), t.col() + 1, ParseException.lineOf(source, t.line()), false);
            }
            throw syntaxError();
        }
        p++;
        List<Stmt> body = new ArrayList<>();
        if (atKind(TokenKind.NEWLINE)) {
            p++;
            if (!atKind(TokenKind.INDENT)) {
                throw indentError("expected an indented block after " + what + " on line " + header.line(), tok());
            }
            p++;
            while (!atKind(TokenKind.DEDENT)) {
                statement(body);
            }
            p++;
        } else {
            simpleStmts(body);
        }
        return body;
    }

    private Stmt ifStmt() {
        Token t = advance();
        Expr test = namedExpression();
        List<Stmt> body = block("'" + t.text() + "' statement", t, false);
        List<Stmt> orelse = List.of();
        if (at("elif")) {
            orelse = List.of(ifStmt());
        } else if (at("else")) {
            Token e = advance();
            orelse = block("'else' statement", e, true);
        }
        return new Stmt.If(pos(t), test, body, orelse);
    }

    private Stmt whileStmt() {
        Token t = advance();
        Expr test = namedExpression();
        List<Stmt> body = block("'while' statement", t, false);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(pos(t), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        if (at("else")) {
            Token e = advance();
            return block("'else' statement", e, true);
        }
        return List.of();
    }

    private Stmt forStmt(Token async) {
        Token t = advance();
        Expr target = starTargets();
        expect("in");
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", t, false);
        List<Stmt> orelse = elseBlock();
        Token start = async != null ? async : t;
        return async != null ? new Stmt.AsyncFor(pos(start), target, iter, body, orelse)
                : new Stmt.For(pos(start), target, iter, body, orelse);
    }

    private Stmt tryStmt() {
        Token t = advance();
        List<Stmt> body = block("'try' statement", t, true);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at("except")) {
            Token et = advance();
            boolean isStar = accept("*");
            if (star != null && star != isStar) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", et);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    p++;
                    Expr second = expression();
                    throw error("multiple exception types must be parenthesized", Pos.span(type.pos(),
                            second.pos()));
                }
                if (accept("as")) {
                    name = expectName();
                }
            } else if (isStar) {
                throw error("expected one or more exception types", tok());
            }
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", et, false);
            handlers.add(new ExceptHandler(pos(et), type, name, hbody));
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalbody = List.of();
        if (at("finally")) {
            Token f = advance();
            finalbody = block("'finally' statement", f, true);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error("expected 'except' or 'finally' block", tok());
        }
        return Boolean.TRUE.equals(star) ? new Stmt.TryStar(pos(t), body, handlers, orelse, finalbody)
                : new Stmt.Try(pos(t), body, handlers, orelse, finalbody);
    }

    private Stmt withStmt(Token async) {
        Token t = advance();
        List<WithItem> items = null;
        if (at("(")) {
            // Parenthesised item list "with (a as b, c):" - otherwise the parenthesis belongs to an expression.
            int save = p;
            try {
                p++;
                List<WithItem> list = new ArrayList<>();
                do {
                    if (at(")")) {
                        break;
                    }
                    list.add(withItem());
                } while (accept(","));
                expect(")");
                if (at(":")) {
                    items = list;
                }
            } catch (ParseException e) {
                if (lexError != null) {
                    throw lexError;
                }
            }
            if (items == null) {
                p = save;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
        }
        List<Stmt> body = block("'with' statement", t, false);
        Token start = async != null ? async : t;
        return async != null ? new Stmt.AsyncWith(pos(start), items, body)
                : new Stmt.With(pos(start), items, body);
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (accept("as")) {
            vars = toTarget(targetAtom(), Ctx.STORE);
        }
        return new WithItem(e, vars);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (at("@")) {
            p++;
            decorators.add(namedExpression());
            if (!atKind(TokenKind.NEWLINE)) {
                throw syntaxError();
            }
            p++;
        }
        if (at("def")) {
            return funcDef(decorators, null);
        }
        if (at("class")) {
            return classDef(decorators);
        }
        if (at("async") && peek(1).is("def")) {
            return funcDef(decorators, advance());
        }
        throw syntaxError();
    }

    private Stmt funcDef(List<Expr> decorators, Token async) {
        Token t = advance();
        String name = expectName();
        expect("(");
        Arguments args = parameters(false, ")");
        expect(")");
        Expr returns = accept("->") ? expression() : null;
        List<Stmt> body = block("function definition", t, true);
        Token start = async != null ? async : t;
        return async != null ? new Stmt.AsyncFunctionDef(pos(start), name, args, body, decorators, returns)
                : new Stmt.FunctionDef(pos(start), name, args, body, decorators, returns);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token t = advance();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (at("(")) {
            callArgs(advance(), bases, keywords);
        }
        List<Stmt> body = block("class definition", t, true);
        return new Stmt.ClassDef(pos(t), name, bases, keywords, body, decorators);
    }

    /** Parameter list of a def (closed by ')') or lambda (closed by ':'). */
    private Arguments parameters(boolean lambda, String close) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        Token bareStar = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        while (!at(close)) {
            Token t = tok();
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", t);
            }
            if (accept("/")) {
                if (sawSlash) {
                    throw error("/ may appear only once", t);
                }
                if (sawStar) {
                    throw error("/ must be ahead of *", t);
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /", t);
                }
                posonly.addAll(args);
                args.clear();
                sawSlash = true;
            } else if (accept("*")) {
                if (sawStar) {
                    throw error("* argument may appear only once", t);
                }
                sawStar = true;
                if (atKind(TokenKind.NAME)) {
                    vararg = param(lambda);
                } else {
                    bareStar = t;
                }
            } else if (accept("**")) {
                kwarg = param(lambda);
            } else {
                Arg a = param(lambda);
                if (accept("=")) {
                    Expr d = expression();
                    (sawStar ? kwDefaults : defaults).add(d);
                } else if (sawStar) {
                    kwDefaults.add(null);
                } else if (!defaults.isEmpty()) {
                    throw error("non-default argument follows default argument", a.pos());
                }
                (sawStar ? kwonly : args).add(a);
            }
            if (!accept(",")) {
                break;
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *", bareStar);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean lambda) {
        Token s = tok();
        String name = expectName();
        Expr ann = !lambda && accept(":") ? expression() : null;
        return new Arg(pos(s), name, ann);
    }

    // ---- match ----

    /** Tries the soft-keyword {@code match} statement; returns null (position restored) if it is not one. */
    private Stmt tryMatch() {
        int save = p;
        Token t = advance();
        Expr subject;
        try {
            if (!canStartExpr(tok())) {
                p = save;
                return null;
            }
            Token s = tok();
            subject = starNamedExpression();
            if (at(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(subject);
                while (accept(",")) {
                    if (at(":")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                subject = new Expr.TupleExpr(pos(s), elts, Ctx.LOAD);
            }
            if (!at(":") || !peek(1).kind().equals(TokenKind.NEWLINE)) {
                p = save;
                return null;
            }
        } catch (ParseException e) {
            if (lexError != null) {
                throw lexError;
            }
            p = save;
            return null;
        }
        p += 2;
        if (!atKind(TokenKind.INDENT)) {
            throw indentError("expected an indented block after 'match' statement on line " + t.line(), tok());
        }
        p++;
        List<MatchCase> cases = new ArrayList<>();
        do {
            if (!tok().isName("case")) {
                throw syntaxError();
            }
            Token c = advance();
            Pattern pat = patterns();
            Expr guard = accept("if") ? namedExpression() : null;
            List<Stmt> body = block("'case' statement", c, false);
            cases.add(new MatchCase(pat, guard, body));
        } while (!atKind(TokenKind.DEDENT));
        p++;
        return new Stmt.Match(pos(t), subject, cases);
    }

    private Pattern patterns() {
        Token s = tok();
        Pattern first = maybeStarPattern();
        if (!at(",")) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(pos(s), List.of(first));
            }
            return first;
        }
        List<Pattern> list = new ArrayList<>();
        list.add(first);
        while (accept(",")) {
            if (at(":") || at("if")) {
                break;
            }
            list.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(pos(s), list);
    }

    private Pattern maybeStarPattern() {
        if (at("*")) {
            Token s = advance();
            String name = expectName();
            return new Pattern.MatchStar(pos(s), name.equals("_") ? null : name);
        }
        return asPattern();
    }

    private Pattern asPattern() {
        Token s = tok();
        Pattern pat = orPattern();
        if (accept("as")) {
            Token n = tok();
            String name = expectName();
            if (name.equals("_")) {
                throw error("cannot use '_' as a target", n);
            }
            return new Pattern.MatchAs(pos(s), pat, name);
        }
        return pat;
    }

    private Pattern orPattern() {
        Token s = tok();
        Pattern first = closedPattern();
        if (!at("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept("|")) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(pos(s), alts);
    }

    private Pattern closedPattern() {
        Token s = tok();
        switch (s.kind()) {
            case KEYWORD -> {
                switch (s.text()) {
                    case "None" -> {
                        p++;
                        return new Pattern.MatchSingleton(tokPos(s), Expr.Constant.NONE);
                    }
                    case "True", "False" -> {
                        p++;
                        return new Pattern.MatchSingleton(tokPos(s), s.text().equals("True"));
                    }
                    default -> throw syntaxError();
                }
            }
            case NUMBER, STRING -> {
                return new Pattern.MatchValue(pos(s), literalExpr());
            }
            case NAME -> {
                if (!peek(1).is(".") && !peek(1).is("(")) {
                    p++;
                    String n = s.text();
                    return new Pattern.MatchAs(tokPos(s), null, n.equals("_") ? null : n);
                }
                Expr name = new Expr.Name(tokPos(s), advance().text(), Ctx.LOAD);
                while (accept(".")) {
                    String attr = expectName();
                    name = new Expr.Attribute(pos(s), name, attr, Ctx.LOAD);
                }
                if (at("(")) {
                    return classPattern(s, name);
                }
                return new Pattern.MatchValue(pos(s), name);
            }
            case OP -> {
                switch (s.text()) {
                    case "-" -> {
                        return new Pattern.MatchValue(pos(s), literalExpr());
                    }
                    case "(" -> {
                        p++;
                        if (accept(")")) {
                            return new Pattern.MatchSequence(pos(s), List.of());
                        }
                        Pattern first = maybeStarPattern();
                        if (accept(")")) {
                            return first instanceof Pattern.MatchStar
                                    ? new Pattern.MatchSequence(pos(s), List.of(first)) : first;
                        }
                        List<Pattern> list = new ArrayList<>();
                        list.add(first);
                        while (accept(",")) {
                            if (at(")")) {
                                break;
                            }
                            list.add(maybeStarPattern());
                        }
                        expect(")");
                        return new Pattern.MatchSequence(pos(s), list);
                    }
                    case "[" -> {
                        p++;
                        List<Pattern> list = new ArrayList<>();
                        while (!at("]")) {
                            list.add(maybeStarPattern());
                            if (!accept(",")) {
                                break;
                            }
                        }
                        expect("]");
                        return new Pattern.MatchSequence(pos(s), list);
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw syntaxError();
                }
            }
            default -> throw syntaxError();
        }
    }

    private Pattern classPattern(Token s, Expr cls) {
        p++;
        List<Pattern> pats = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPats = new ArrayList<>();
        while (!at(")")) {
            if (atKind(TokenKind.NAME) && peek(1).is("=")) {
                kwdAttrs.add(advance().text());
                p++;
                kwdPats.add(asPattern());
            } else {
                Pattern pat = asPattern();
                if (!kwdAttrs.isEmpty()) {
                    throw error("positional patterns follow keyword patterns", pat.pos());
                }
                pats.add(pat);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Pattern.MatchClass(pos(s), cls, pats, kwdAttrs, kwdPats);
    }

    private Pattern mappingPattern() {
        Token s = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (accept("**")) {
                rest = expectName();
                accept(",");
                break;
            }
            Expr key;
            if (atKind(TokenKind.NAME)) {
                Token n = advance();
                key = new Expr.Name(tokPos(n), n.text(), Ctx.LOAD);
                while (accept(".")) {
                    key = new Expr.Attribute(pos(n), key, expectName(), Ctx.LOAD);
                }
            } else {
                key = literalExpr();
            }
            expect(":");
            keys.add(key);
            pats.add(asPattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Pattern.MatchMapping(pos(s), keys, pats, rest);
    }

    /** Literal in a pattern: signed number, complex {@code a+bj}, strings, None/True/False. */
    private Expr literalExpr() {
        Token s = tok();
        if (atKind(TokenKind.STRING)) {
            return strings();
        }
        if (s.kind() == TokenKind.KEYWORD && (s.text().equals("None") || s.text().equals("True")
                || s.text().equals("False"))) {
            return atom();
        }
        Expr num;
        if (accept("-")) {
            Token n = tok();
            if (!atKind(TokenKind.NUMBER)) {
                throw syntaxError();
            }
            p++;
            num = new Expr.UnaryOp(pos(s), UnaryOperator.USUB, new Expr.Constant(tokPos(n), n.value()));
        } else if (atKind(TokenKind.NUMBER)) {
            p++;
            num = new Expr.Constant(tokPos(s), s.value());
        } else {
            throw syntaxError();
        }
        if (at("+") || at("-")) {
            Operator op = advance().is("+") ? Operator.ADD : Operator.SUB;
            Token n = tok();
            if (!atKind(TokenKind.NUMBER) || !(n.value() instanceof Expr.Constant.Imaginary)) {
                throw error("imaginary number required in complex literal", n);
            }
            p++;
            num = new Expr.BinOp(pos(s), num, op, new Expr.Constant(tokPos(n), n.value()));
        }
        return num;
    }

    // ================= targets =================

    /** Targets of for / comprehension: a comma list of (starred) primaries, so that 'in' is not consumed. */
    private Expr starTargets() {
        Token s = tok();
        Expr first = targetAtom();
        if (!at(",")) {
            return toTarget(first, Ctx.STORE);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("in") || at("=")) {
                break;
            }
            elts.add(targetAtom());
        }
        return toTarget(new Expr.TupleExpr(pos(s), elts, Ctx.LOAD), Ctx.STORE);
    }

    private Expr targetAtom() {
        if (at("*")) {
            Token s = advance();
            Expr v = targetAtom();
            return new Expr.Starred(pos(s), v, Ctx.LOAD);
        }
        return primary();
    }

    /** The innermost sub-expression that cannot be an assignment target, or null if all is valid. */
    private static Expr invalidTarget(Expr e) {
        return switch (e) {
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            case Expr.Starred s -> invalidTarget(s.value());
            case Expr.TupleExpr t -> firstInvalid(t.elts());
            case Expr.ListExpr l -> firstInvalid(l.elts());
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** Rebuilds a parsed expression as an assignment ({@code STORE}) or {@code del} ({@code DEL}) target. */
    Expr toTarget(Expr e, Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw error(ctx == Ctx.DEL ? "cannot delete __debug__" : "cannot assign to __debug__", n.pos());
                }
                yield new Expr.Name(n.pos(), n.id(), ctx);
            }
            case Expr.Attribute a -> new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Expr.Starred s when ctx == Ctx.STORE -> new Expr.Starred(s.pos(), toTarget(s.value(), ctx), ctx);
            case Expr.TupleExpr t -> new Expr.TupleExpr(t.pos(), targets(t.elts(), ctx), ctx);
            case Expr.ListExpr l -> new Expr.ListExpr(l.pos(), targets(l.elts(), ctx), ctx);
            default -> throw error((ctx == Ctx.DEL ? "cannot delete " : "cannot assign to ") + exprName(e),
                    e.pos());
        };
    }

    private List<Expr> targets(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(toTarget(x, ctx));
        }
        return out;
    }

    /** CPython's description of an expression kind in error messages. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.TupleExpr t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> c.value() == Expr.Constant.NONE ? "None"
                    : Boolean.TRUE.equals(c.value()) ? "True" : Boolean.FALSE.equals(c.value()) ? "False"
                    : c.value() == Expr.Constant.ELLIPSIS ? "ellipsis" : "literal";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    // ================= expressions =================

    /** star_expressions: a tuple without parentheses when there is a comma. */
    private Expr starExpressions() {
        Token s = tok();
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!canStartExpr(tok())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.TupleExpr(pos(s), elts, Ctx.LOAD);
    }

    private Expr starExpression() {
        if (at("*")) {
            Token s = advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(pos(s), v, Ctx.LOAD);
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at("*")) {
            Token s = advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(pos(s), v, Ctx.LOAD);
        }
        return namedExpression();
    }

    private Expr namedExpression() {
        Token s = tok();
        if (s.kind() == TokenKind.NAME && peek(1).is(":=")) {
            p += 2;
            Expr value = expression();
            return new Expr.NamedExpr(pos(s), new Expr.Name(tokPos(s), s.text(), Ctx.STORE), value);
        }
        Expr e = expression();
        if (at(":=")) {
            throw error("cannot use assignment expressions with " + exprName(e), e.pos());
        }
        return e;
    }

    Expr expression() {
        if (at("lambda")) {
            return lambda();
        }
        Token s = tok();
        Expr body = disjunction();
        if (at("if")) {
            p++;
            Expr test = disjunction();
            if (!accept("else")) {
                throw error("expected 'else' after 'if' expression", pos(s));
            }
            Expr orelse = expression();
            return new Expr.IfExp(pos(s), test, body, orelse);
        }
        return body;
    }

    private Expr lambda() {
        Token s = advance();
        Arguments args = parameters(true, ":");
        expect(":");
        Expr body = expression();
        return new Expr.Lambda(pos(s), args, body);
    }

    private Expr disjunction() {
        Token s = tok();
        Expr first = conjunction();
        if (!at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(pos(s), BoolOperator.OR, values);
    }

    private Expr conjunction() {
        Token s = tok();
        Expr first = inversion();
        if (!at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(pos(s), BoolOperator.AND, values);
    }

    private Expr inversion() {
        if (at("not")) {
            Token s = advance();
            Expr operand = inversion();
            return new Expr.UnaryOp(pos(s), UnaryOperator.NOT, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Token s = tok();
        Expr left = bitwiseOr();
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        for (;;) {
            CmpOp op = cmpOp();
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Expr.Compare(pos(s), left, ops, comparators);
    }

    /** Consumes a comparison operator (one or two tokens) if present. */
    private CmpOp cmpOp() {
        Token t = tok();
        if (t.kind() == TokenKind.OP) {
            CmpOp op = switch (t.text()) {
                case "==" -> CmpOp.EQ;
                case "!=" -> CmpOp.NOTEQ;
                case "<" -> CmpOp.LT;
                case "<=" -> CmpOp.LTE;
                case ">" -> CmpOp.GT;
                case ">=" -> CmpOp.GTE;
                default -> null;
            };
            if (op != null) {
                p++;
            }
            return op;
        }
        if (t.isKeyword("in")) {
            p++;
            return CmpOp.IN;
        }
        if (t.isKeyword("not") && peek(1).isKeyword("in")) {
            p += 2;
            return CmpOp.NOTIN;
        }
        if (t.isKeyword("is")) {
            p++;
            return accept("not") ? CmpOp.ISNOT : CmpOp.IS;
        }
        return null;
    }

    private Expr bitwiseOr() {
        return binary(1);
    }

    /** Binding power of a binary operator token (higher binds tighter), 0 if not one. */
    private static int precedence(Token t) {
        if (t.kind() != TokenKind.OP) {
            return 0;
        }
        return switch (t.text()) {
            case "|" -> 1;
            case "^" -> 2;
            case "&" -> 3;
            case "<<", ">>" -> 4;
            case "+", "-" -> 5;
            case "*", "/", "//", "%", "@" -> 6;
            default -> 0;
        };
    }

    private static Operator binOp(String s) {
        return switch (s) {
            case "|" -> Operator.BITOR;
            case "^" -> Operator.BITXOR;
            case "&" -> Operator.BITAND;
            case "<<" -> Operator.LSHIFT;
            case ">>" -> Operator.RSHIFT;
            case "+" -> Operator.ADD;
            case "-" -> Operator.SUB;
            case "*" -> Operator.MULT;
            case "/" -> Operator.DIV;
            case "//" -> Operator.FLOORDIV;
            case "%" -> Operator.MOD;
            case "@" -> Operator.MATMULT;
            default -> throw new IllegalArgumentException(s);
        };
    }

    /** Precedence climbing over the left-associative binary operators. */
    private Expr binary(int minPrec) {
        Token first = tok();
        Expr left = factor();
        for (;;) {
            int prec = precedence(tok());
            if (prec < minPrec) {
                return left;
            }
            Operator op = binOp(advance().text());
            Expr right = binary(prec + 1);
            // the span takes in parentheses around the operands, as CPython's does
            left = new Expr.BinOp(pos(first), left, op, right);
        }
    }

    private Expr factor() {
        Token t = tok();
        UnaryOperator op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
            case "+" -> UnaryOperator.UADD;
            case "-" -> UnaryOperator.USUB;
            case "~" -> UnaryOperator.INVERT;
            default -> null;
        };
        if (op != null) {
            p++;
            Expr operand = factor();
            return new Expr.UnaryOp(pos(t), op, operand);
        }
        return power();
    }

    private Expr power() {
        Token first = tok();
        Expr base;
        if (at("await")) {
            Token s = advance();
            Expr v = primary();
            base = new Expr.Await(pos(s), v);
        } else {
            base = primary();
        }
        if (accept("**")) {
            Expr exp = factor(); // right-associative, and binds looser than a unary op on its right
            return new Expr.BinOp(pos(first), base, Operator.POW, exp);
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        for (;;) {
            if (at(".")) {
                p++;
                String attr = expectName();
                e = new Expr.Attribute(pos(e.pos()), e, attr, Ctx.LOAD);
            } else if (at("(")) {
                Token open = advance();
                List<Expr> args = new ArrayList<>();
                List<Keyword> kws = new ArrayList<>();
                callArgs(open, args, kws);
                e = new Expr.Call(pos(e.pos()), e, args, kws);
            } else if (at("[")) {
                p++;
                Expr slice = slices();
                expectClose("]", null);
                e = new Expr.Subscript(pos(e.pos()), e, slice, Ctx.LOAD);
            } else {
                return e;
            }
        }
    }

    /** Arguments after {@code open} up to and including ')'. */
    private void callArgs(Token open, List<Expr> args, List<Keyword> kws) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Set<String> names = null;
        while (!at(")")) {
            Token s = tok();
            Expr prev;
            if (accept("*")) {
                Expr v = expression();
                prev = new Expr.Starred(pos(s), v, Ctx.LOAD);
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", prev.pos());
                }
                args.add(prev);
            } else if (accept("**")) {
                prev = expression();
                kws.add(new Keyword(pos(s), null, prev));
                sawDoubleStar = true;
            } else if (s.kind() == TokenKind.NAME && peek(1).is("=")) {
                p += 2;
                prev = expression();
                if (names == null) {
                    names = new HashSet<>();
                }
                Keyword k = new Keyword(pos(s), s.text(), prev);
                if (!names.add(s.text())) {
                    throw error("keyword argument repeated: " + s.text(), k.pos());
                }
                kws.add(k);
                sawKeyword = true;
            } else {
                Expr e = namedExpression();
                if (at("for") || at("async")) {
                    List<Comprehension> gens = comprehensions();
                    if (!args.isEmpty() || !kws.isEmpty() || !at(")")) {
                        throw error("Generator expression must be parenthesized", pos(e.pos()));
                    }
                    p++;
                    // The sole generator argument spans the call's parentheses, as in CPython.
                    args.add(new Expr.GeneratorExp(pos(open), e, gens));
                    return;
                } else {
                    if (at("=")) {
                        throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                pos(s));
                    }
                    // CPython points at the token after the offending argument.
                    if (sawDoubleStar) {
                        throw error("positional argument follows keyword argument unpacking", tok());
                    }
                    if (sawKeyword) {
                        throw error("positional argument follows keyword argument", tok());
                    }
                    args.add(e);
                    prev = e;
                }
            }
            if (!accept(",")) {
                expectClose(")", prev);
                return;
            }
        }
        p++;
    }

    private Expr slices() {
        Token s = tok();
        Expr first = slice();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.TupleExpr(pos(s), elts, Ctx.LOAD);
    }

    private Expr slice() {
        Token s = tok();
        Expr lower = null;
        if (!at(":")) {
            lower = starNamedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        p++;
        Expr upper = at(":") || at("]") || at(",") ? null : expression();
        Expr step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : expression();
        }
        return new Expr.Slice(pos(s), lower, upper, step);
    }

    private Expr atom() {
        Token t = tok();
        switch (t.kind()) {
            case NAME -> {
                p++;
                return new Expr.Name(tokPos(t), t.text(), Ctx.LOAD);
            }
            case NUMBER -> {
                p++;
                return new Expr.Constant(tokPos(t), t.value());
            }
            case STRING -> {
                return strings();
            }
            case KEYWORD -> {
                switch (t.text()) {
                    case "None" -> {
                        p++;
                        return new Expr.Constant(tokPos(t), Expr.Constant.NONE);
                    }
                    case "True" -> {
                        p++;
                        return new Expr.Constant(tokPos(t), Boolean.TRUE);
                    }
                    case "False" -> {
                        p++;
                        return new Expr.Constant(tokPos(t), Boolean.FALSE);
                    }
                    default -> throw syntaxError();
                }
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenAtom();
                    }
                    case "[" -> {
                        return listAtom();
                    }
                    case "{" -> {
                        return dictOrSetAtom();
                    }
                    case "..." -> {
                        p++;
                        return new Expr.Constant(tokPos(t), Expr.Constant.ELLIPSIS);
                    }
                    default -> throw syntaxError();
                }
            }
            default -> throw syntaxError();
        }
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (atKind(TokenKind.STRING)) {
            parts.add(advance());
        }
        return Strings.parse(parts, this, filename, source);
    }

    private Expr yieldExpr() {
        Token s = advance();
        if (accept("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(pos(s), v);
        }
        Expr v = canStartExpr(tok()) ? starExpressions() : null;
        return new Expr.Yield(pos(s), v);
    }

    private Expr parenAtom() {
        Token s = advance();
        if (accept(")")) {
            return new Expr.TupleExpr(pos(s), List.of(), Ctx.LOAD);
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (at("for") || at("async")) {
            List<Comprehension> gens = comprehensions();
            expect(")");
            return new Expr.GeneratorExp(pos(s), first, gens);
        }
        if (accept(")")) {
            if (first instanceof Expr.Starred) {
                throw error("cannot use starred expression here", first.pos());
            }
            return first;
        }
        if (!at(",")) {
            throw commaError(first);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Expr prev = first;
        while (accept(",")) {
            if (at(")")) {
                break;
            }
            prev = starNamedExpression();
            elts.add(prev);
        }
        expectClose(")", prev);
        return new Expr.TupleExpr(pos(s), elts, Ctx.LOAD);
    }

    private Expr listAtom() {
        Token s = advance();
        if (accept("]")) {
            return new Expr.ListExpr(pos(s), List.of(), Ctx.LOAD);
        }
        Expr first = starNamedExpression();
        if (at("for") || at("async")) {
            List<Comprehension> gens = comprehensions();
            expect("]");
            return new Expr.ListComp(pos(s), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Expr prev = first;
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            prev = starNamedExpression();
            elts.add(prev);
        }
        expectClose("]", prev);
        return new Expr.ListExpr(pos(s), elts, Ctx.LOAD);
    }

    private Expr dictOrSetAtom() {
        Token s = advance();
        if (accept("}")) {
            return new Expr.DictExpr(pos(s), List.of(), List.of());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (accept("**")) {
            keys.add(null);
            values.add(bitwiseOr());
        } else {
            Expr first = starNamedExpression();
            if (!at(":") || first instanceof Expr.Starred) {
                // set display or comprehension
                if (at("for") || at("async")) {
                    List<Comprehension> gens = comprehensions();
                    expect("}");
                    return new Expr.SetComp(pos(s), first, gens);
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                Expr prev = first;
                while (accept(",")) {
                    if (at("}")) {
                        break;
                    }
                    prev = starNamedExpression();
                    elts.add(prev);
                }
                expectClose("}", prev);
                return new Expr.SetExpr(pos(s), elts);
            }
            p++;
            Expr v = expression();
            if (at("for") || at("async")) {
                List<Comprehension> gens = comprehensions();
                expect("}");
                return new Expr.DictComp(pos(s), first, v, gens);
            }
            keys.add(first);
            values.add(v);
        }
        Expr prev = values.get(0);
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            if (accept("**")) {
                keys.add(null);
                prev = bitwiseOr();
                values.add(prev);
            } else {
                Expr k = expression();
                if (!at(":")) {
                    if (at(",") || at("}")) {
                        throw new ParseException("SyntaxError", "':' expected after dictionary key", filename,
                                k.pos().line(), k.pos().col() + 1, k.pos().endLine(), 0,
                                ParseException.lineOf(source, k.pos().line()), false);
                    }
                    throw commaError(k);
                }
                p++;
                prev = expression();
                keys.add(k);
                values.add(prev);
            }
        }
        expectClose("}", prev);
        return new Expr.DictExpr(pos(s), keys, values);
    }

    private List<Comprehension> comprehensions() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || at("async") && peek(1).is("for")) {
            boolean isAsync = accept("async");
            expect("for");
            Expr target = starTargets();
            expect("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }
}
