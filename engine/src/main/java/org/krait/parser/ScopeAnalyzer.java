package org.krait.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.krait.parser.ast.Alias;
import org.krait.parser.ast.Arg;
import org.krait.parser.ast.Arguments;
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
import org.krait.parser.ast.WithItem;

/**
 * Builds the scope tree of a module, following CPython 3.11's symtable: a first pass records how each name is
 * used in each scope, a second pass resolves names top-down (LOCAL / CELL / FREE / GLOBAL_*). Also reports the
 * compile-time errors CPython raises at this stage ('return' outside function, bad global/nonlocal, ...).
 */
public final class ScopeAnalyzer {
    private final String filename;
    private final String source;
    private Scope cur;
    /** Loop nesting of the current function/class/module body, for break/continue checks. */
    private int loopDepth;

    private ScopeAnalyzer(String filename, String source) {
        this.filename = filename;
        this.source = source == null ? null : Lexer.normalize(source);
    }

    /** Analyses {@code mod}; returns the module scope. Throws ParseException (SyntaxError) on errors. */
    public static Scope analyze(Mod mod) {
        return analyze(mod, "<unknown>");
    }

    public static Scope analyze(Mod mod, String filename) {
        return analyze(mod, filename, null);
    }

    /** As {@link #analyze(Mod, String)}; {@code source} (nullable) fills in the error's line text. */
    public static Scope analyze(Mod mod, String filename, String source) {
        ScopeAnalyzer a = new ScopeAnalyzer(filename, source);
        Scope root = new Scope(Scope.Kind.MODULE, "<module>", "", mod, null);
        a.cur = root;
        switch (mod) {
            case Mod.Module m -> a.stmts(m.body());
            case Mod.Interactive m -> a.stmts(m.body());
            case Mod.Expression m -> a.expr(m.body());
        }
        a.resolve(root, Set.of(), new HashSet<>(), new HashSet<>());
        return root;
    }

    private ParseException error(String msg, Pos pos) {
        return new ParseException("SyntaxError", msg, filename, pos.line(), pos.col() + 1, pos.endLine(),
                pos.endCol() + 1, ParseException.lineOf(source, pos.line()), false);
    }

    // ================= pass 1: collect =================

    private void add(String name, int flag) {
        cur.flags.merge(name, flag, (a, b) -> a | b);
    }

    private void addIn(Scope s, String name, int flag) {
        s.flags.merge(name, flag, (a, b) -> a | b);
    }

    private Scope enter(Scope.Kind kind, String name, Object node) {
        String qual;
        if (cur.kind == Scope.Kind.MODULE) {
            qual = name;
        } else if (cur.kind == Scope.Kind.CLASS) {
            qual = cur.qualname + "." + name;
        } else {
            qual = cur.qualname + ".<locals>." + name;
        }
        // A def/class declared global in the enclosing scope gets a top-level qualname.
        if ((kind == Scope.Kind.FUNCTION || kind == Scope.Kind.CLASS) && cur.kind != Scope.Kind.MODULE
                && (cur.flags.getOrDefault(name, 0) & Scope.DEF_GLOBAL) != 0) {
            qual = name;
        }
        Scope s = new Scope(kind, name, qual, node, cur);
        cur = s;
        return s;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), true);
            case Stmt.ClassDef c -> {
                add(c.name(), Scope.DEF_LOCAL);
                exprs(c.bases());
                keywords(c.keywords());
                exprs(c.decoratorList());
                Scope outer = cur;
                int savedLoops = loopDepth;
                loopDepth = 0;
                enter(Scope.Kind.CLASS, c.name(), c);
                stmts(c.body());
                cur = outer;
                loopDepth = savedLoops;
            }
            case Stmt.Return r -> {
                if (cur.kind != Scope.Kind.FUNCTION) {
                    throw error("'return' outside function", r.pos());
                }
                exprOpt(r.value());
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                expr(a.value());
                exprs(a.targets());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
                if (a.op() == Operator.ADD && a.target() instanceof Expr.Name n) {
                    add(n.id(), Scope.AUG_ADD);
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int fl = cur.flags.getOrDefault(n.id(), 0);
                    if ((fl & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple()) {
                        throw error("annotated name '" + n.id() + "' can't be "
                                + ((fl & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a.pos());
                    }
                    add(n.id(), a.simple() ? Scope.DEF_LOCAL | Scope.DEF_ANNOT : Scope.DEF_LOCAL);
                } else {
                    expr(a.target());
                }
                expr(a.annotation());
                exprOpt(a.value());
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.AsyncFor f -> {
                checkAsync("asynchronous for", f.pos());
                loop(f.target(), f.iter(), f.body(), f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                loopDepth++;
                stmts(w.body());
                loopDepth--;
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body());
            case Stmt.AsyncWith w -> {
                checkAsync("async with", w.pos());
                with(w.items(), w.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    exprOpt(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                exprOpt(r.exc());
                exprOpt(r.cause());
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                exprOpt(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias al : i.names()) {
                    String bound = al.asname() != null ? al.asname() : firstComponent(al.name());
                    add(bound, Scope.DEF_IMPORT);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias al : i.names()) {
                    if (al.name().equals("*")) {
                        if (cur.kind != Scope.Kind.MODULE) {
                            throw error("import * only allowed at module level", al.pos());
                        }
                        cur.starImport = true;
                    } else {
                        add(al.asname() != null ? al.asname() : al.name(), Scope.DEF_IMPORT);
                    }
                }
            }
            case Stmt.Global g -> declare(g.names(), g.pos(), true);
            case Stmt.Nonlocal n -> {
                if (cur.kind == Scope.Kind.MODULE) {
                    throw error("nonlocal declaration not allowed at module level", n.pos());
                }
                declare(n.names(), n.pos(), false);
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
                if (loopDepth == 0) {
                    throw error("'break' outside loop", b.pos());
                }
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) {
                    throw error("'continue' not properly in loop", c.pos());
                }
            }
        }
    }

    private static String firstComponent(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    private void checkAsync(String what, Pos pos) {
        if (cur.kind != Scope.Kind.FUNCTION || !cur.coroutine) {
            throw error("'" + what + "' outside async function", pos);
        }
    }

    private void declare(List<String> names, Pos pos, boolean global) {
        String kw = global ? "global" : "nonlocal";
        for (String n : names) {
            int fl = cur.flags.getOrDefault(n, 0);
            if ((fl & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT | Scope.DEF_IMPORT)) != 0) {
                String msg;
                if ((fl & Scope.DEF_PARAM) != 0) {
                    msg = "name '" + n + "' is parameter and " + kw;
                } else if ((fl & Scope.USE) != 0) {
                    msg = "name '" + n + "' is used prior to " + kw + " declaration";
                } else if ((fl & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + n + "' can't be " + kw;
                } else {
                    msg = "name '" + n + "' is assigned to before " + kw + " declaration";
                }
                throw error(msg, pos);
            }
            if (!global && (fl & Scope.DEF_GLOBAL) != 0 || global && (fl & Scope.DEF_NONLOCAL) != 0) {
                throw error("name '" + n + "' is nonlocal and global", pos);
            }
            add(n, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL);
        }
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(iter);
        expr(target);
        loopDepth++;
        stmts(body);
        loopDepth--;
        stmts(orelse);
    }

    private void with(List<WithItem> items, List<Stmt> body) {
        for (WithItem w : items) {
            expr(w.contextExpr());
            exprOpt(w.optionalVars());
        }
        stmts(body);
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            exprOpt(h.type());
            if (h.name() != null) {
                add(h.name(), Scope.DEF_LOCAL);
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(fin);
    }

    private void function(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) {
        add(name, Scope.DEF_LOCAL);
        defaultsAndAnnotations(args, true);
        exprOpt(returns);
        exprs(decorators);
        Scope outer = cur;
        int savedLoops = loopDepth;
        loopDepth = 0;
        Scope s = enter(Scope.Kind.FUNCTION, name, node);
        s.coroutine = async;
        params(args);
        stmts(body);
        cur = outer;
        loopDepth = savedLoops;
    }

    /** Defaults (and annotations, for def) are evaluated in the enclosing scope. */
    private void defaultsAndAnnotations(Arguments a, boolean annotations) {
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            exprOpt(d);
        }
        if (annotations) {
            for (Arg arg : allArgs(a)) {
                exprOpt(arg.annotation());
            }
        }
    }

    private static List<Arg> allArgs(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    private void params(Arguments a) {
        for (Arg arg : allArgs(a)) {
            if ((cur.flags.getOrDefault(arg.arg(), 0) & Scope.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + arg.arg() + "' in function definition", arg.pos());
            }
            add(arg.arg(), Scope.DEF_PARAM);
            cur.params.add(arg.arg());
        }
    }

    private void keywords(List<Keyword> kws) {
        for (Keyword k : kws) {
            expr(k.value());
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void exprOpt(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                if (n.ctx() == Ctx.LOAD) {
                    add(n.id(), Scope.USE);
                    // super() needs the implicit __class__ cell of the enclosing class.
                    if (n.id().equals("super") && cur.kind == Scope.Kind.FUNCTION) {
                        add("__class__", Scope.USE);
                    }
                } else {
                    add(n.id(), Scope.DEF_LOCAL);
                }
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> {
                expr(n.value());
                namedTarget((Expr.Name) n.target());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                defaultsAndAnnotations(l.args(), false);
                Scope outer = cur;
                enter(Scope.Kind.LAMBDA, "<lambda>", l);
                params(l.args());
                expr(l.body());
                cur = outer;
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.DictExpr d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Expr.SetExpr s -> {
                for (Scope in = cur; in != null; in = in.parent) {
                    in.setDisplays = true;
                }
                exprs(s.elts());
            }
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            case Expr.Await a -> {
                awaitCheck(a.pos());
                expr(a.value());
            }
            case Expr.Yield y -> {
                yieldCheck(y.pos());
                exprOpt(y.value());
            }
            case Expr.YieldFrom y -> {
                yieldCheck(y.pos());
                if (cur.coroutine) {
                    throw error("'yield from' inside async function", y.pos());
                }
                expr(y.value());
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                exprOpt(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.TupleExpr t -> exprs(t.elts());
            case Expr.Slice s -> {
                exprOpt(s.lower());
                exprOpt(s.upper());
                exprOpt(s.step());
            }
        }
    }

    private void yieldCheck(Pos pos) {
        switch (cur.kind) {
            case MODULE, CLASS -> throw error("'yield' outside function", pos);
            case COMPREHENSION -> throw error("'yield' inside " + compName(cur), pos);
            default -> cur.generator = true;
        }
    }

    private static String compName(Scope s) {
        return switch (s.name) {
            case "<listcomp>" -> "list comprehension";
            case "<setcomp>" -> "set comprehension";
            case "<dictcomp>" -> "dict comprehension";
            default -> "generator expression";
        };
    }

    private void awaitCheck(Pos pos) {
        Scope s = cur;
        while (s.kind == Scope.Kind.COMPREHENSION) {
            s.coroutine = true;
            s = s.parent;
        }
        if (s.kind == Scope.Kind.MODULE || s.kind == Scope.Kind.CLASS) {
            throw error("'await' outside function", pos);
        }
        if (!s.coroutine && cur.kind != Scope.Kind.COMPREHENSION) {
            throw error("'await' outside async function", pos);
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        // The outermost iterable is evaluated in the enclosing scope and passed in as ".0".
        expr(gens.get(0).iter());
        Scope outer = cur;
        Scope s = enter(Scope.Kind.COMPREHENSION, name, node);
        s.generator = node instanceof Expr.GeneratorExp;
        s.params.add(".0");
        add(".0", Scope.DEF_PARAM);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            compTarget(g.target());
            exprs(g.ifs());
            if (g.isAsync()) {
                s.coroutine = true;
            }
        }
        expr(elt);
        exprOpt(value);
        cur = outer;
    }

    private void compTarget(Expr t) {
        expr(t);
        markIter(t);
    }

    private void markIter(Expr t) {
        switch (t) {
            case Expr.Name n -> add(n.id(), Scope.DEF_COMP_ITER);
            case Expr.TupleExpr tu -> tu.elts().forEach(this::markIter);
            case Expr.ListExpr l -> l.elts().forEach(this::markIter);
            case Expr.Starred s -> markIter(s.value());
            default -> {
            }
        }
    }

    /** A walrus binds in the nearest enclosing non-comprehension scope. */
    private void namedTarget(Expr.Name target) {
        if (cur.kind != Scope.Kind.COMPREHENSION) {
            add(target.id(), Scope.DEF_LOCAL);
            return;
        }
        Scope s = cur;
        while (s.kind == Scope.Kind.COMPREHENSION) {
            if ((s.flags.getOrDefault(target.id(), 0) & Scope.DEF_COMP_ITER) != 0) {
                throw error("assignment expression cannot rebind comprehension iteration variable '"
                        + target.id() + "'", target.pos());
            }
            s = s.parent;
        }
        if (s.kind == Scope.Kind.CLASS) {
            throw error("assignment expression within a comprehension cannot be used in a class body",
                    target.pos());
        }
        addIn(s, target.id(), Scope.DEF_LOCAL);
        int marker = s.kind == Scope.Kind.MODULE ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL;
        for (Scope c = cur; c != s; c = c.parent) {
            addIn(c, target.id(), marker);
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    add(m.rest(), Scope.DEF_LOCAL);
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    add(s.name(), Scope.DEF_LOCAL);
                }
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    add(a.name(), Scope.DEF_LOCAL);
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    // ================= pass 2: resolve =================

    /**
     * Resolves the names of {@code s} given the names bound in enclosing function scopes ({@code bound}) and
     * declared global ({@code global}); adds the free names of {@code s} (to be bound further out) to
     * {@code free}.
     */
    private void resolve(Scope s, Set<String> bound, Set<String> global, Set<String> free) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>(global);
        Set<String> newBound = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        boolean isClass = s.kind == Scope.Kind.CLASS;
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String name = e.getKey();
            int fl = e.getValue();
            Scope.Resolution r;
            if ((fl & Scope.DEF_GLOBAL) != 0) {
                r = Scope.Resolution.GLOBAL_EXPLICIT;
                newGlobal.add(name);
            } else if ((fl & Scope.DEF_NONLOCAL) != 0) {
                if (!bound.contains(name)) {
                    throw noBinding(s, name);
                }
                r = Scope.Resolution.FREE;
                newFree.add(name);
            } else if ((fl & Scope.DEF_BOUND) != 0) {
                r = Scope.Resolution.LOCAL;
                local.add(name);
                newGlobal.remove(name);
            } else if (bound.contains(name)) {
                r = Scope.Resolution.FREE;
                newFree.add(name);
            } else {
                r = Scope.Resolution.GLOBAL_IMPLICIT;
            }
            s.resolved.put(name, r);
        }
        if (isClass) {
            // Class-level names are not visible to nested functions; only the implicit __class__ is.
            newBound.addAll(bound);
            newBound.add("__class__");
        } else if (s.kind != Scope.Kind.MODULE) {
            newBound.addAll(local);
            newBound.addAll(bound);
        }
        for (String g : newGlobal) {
            newBound.remove(g);
        }
        Set<String> childFree = new HashSet<>();
        for (Scope c : s.children) {
            resolve(c, newBound, newGlobal, childFree);
        }
        if (s.kind == Scope.Kind.FUNCTION || s.kind == Scope.Kind.LAMBDA
                || s.kind == Scope.Kind.COMPREHENSION) {
            for (Map.Entry<String, Scope.Resolution> e : s.resolved.entrySet()) {
                if (e.getValue() == Scope.Resolution.LOCAL && childFree.remove(e.getKey())) {
                    e.setValue(Scope.Resolution.CELL);
                    s.cellVars.add(e.getKey());
                }
            }
        } else if (isClass && childFree.remove("__class__")) {
            s.needsClassClosure = true;
            s.cellVars.add("__class__");
        }
        // Free names of children that are not resolved here pass through this scope.
        for (String name : sortedCopy(childFree)) {
            Scope.Resolution r = s.resolved.get(name);
            if (r != null) {
                if (isClass && (r == Scope.Resolution.LOCAL || r == Scope.Resolution.GLOBAL_EXPLICIT)) {
                    s.freeVars.add(name); // both a class-level name and a free variable of a method
                    newFree.add(name);
                }
                if (r == Scope.Resolution.FREE) {
                    newFree.add(name);
                }
                continue;
            }
            if (!bound.contains(name)) {
                continue; // bound by nothing enclosing: a global
            }
            s.resolved.put(name, Scope.Resolution.FREE);
            newFree.add(name);
        }
        for (Map.Entry<String, Scope.Resolution> e : s.resolved.entrySet()) {
            if (e.getValue() == Scope.Resolution.FREE) {
                s.freeVars.add(e.getKey());
            }
        }
        free.addAll(newFree);
    }

    private static List<String> sortedCopy(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }

    private ParseException noBinding(Scope s, String name) {
        Pos pos = findNonlocal(s, name);
        return error("no binding for nonlocal '" + name + "' found", pos == null ? new Pos(1, 0, 1, 0) : pos);
    }

    /** Position of the nonlocal statement declaring {@code name} in the body of scope {@code s}. */
    private static Pos findNonlocal(Scope s, String name) {
        List<Stmt> body = switch (s.node) {
            case Stmt.FunctionDef f -> f.body();
            case Stmt.AsyncFunctionDef f -> f.body();
            case Stmt.ClassDef c -> c.body();
            default -> List.of();
        };
        return findNonlocal(body, name);
    }

    private static Pos findNonlocal(List<Stmt> body, String name) {
        for (Stmt st : body) {
            Pos p = switch (st) {
                case Stmt.Nonlocal n -> n.names().contains(name) ? n.pos() : null;
                case Stmt.If i -> or(findNonlocal(i.body(), name), findNonlocal(i.orelse(), name));
                case Stmt.While w -> or(findNonlocal(w.body(), name), findNonlocal(w.orelse(), name));
                case Stmt.For f -> or(findNonlocal(f.body(), name), findNonlocal(f.orelse(), name));
                case Stmt.AsyncFor f -> or(findNonlocal(f.body(), name), findNonlocal(f.orelse(), name));
                case Stmt.With w -> findNonlocal(w.body(), name);
                case Stmt.AsyncWith w -> findNonlocal(w.body(), name);
                case Stmt.Try t -> or(findNonlocal(t.body(), name), or(findNonlocal(t.orelse(), name),
                        or(findNonlocal(t.finalbody(), name), handlers(t.handlers(), name))));
                case Stmt.TryStar t -> or(findNonlocal(t.body(), name), or(findNonlocal(t.orelse(), name),
                        or(findNonlocal(t.finalbody(), name), handlers(t.handlers(), name))));
                default -> null;
            };
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Pos handlers(List<ExceptHandler> hs, String name) {
        for (ExceptHandler h : hs) {
            Pos p = findNonlocal(h.body(), name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Pos or(Pos a, Pos b) {
        return a != null ? a : b;
    }
}
