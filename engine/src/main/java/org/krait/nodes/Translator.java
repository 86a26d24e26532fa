package org.krait.nodes;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import org.krait.KraitLanguage;
import org.krait.nodes.call.AnnotateNode;
import org.krait.nodes.call.ArgumentsNode;
import org.krait.nodes.call.CallNode;
import org.krait.nodes.call.DecorateNode;
import org.krait.nodes.call.MakeClassNode;
import org.krait.nodes.call.MakeFunctionNode;
import org.krait.nodes.call.MethodCallNode;
import org.krait.nodes.control.AssertNode;
import org.krait.nodes.control.BreakNode;
import org.krait.nodes.control.ContinueNode;
import org.krait.nodes.control.ForNode;
import org.krait.nodes.control.IfNode;
import org.krait.nodes.control.TailIfNode;
import org.krait.nodes.control.NotImplementedNode;
import org.krait.nodes.control.RaiseNode;
import org.krait.nodes.control.ReturnNode;
import org.krait.nodes.control.TryNode;
import org.krait.nodes.control.TryStarNode;
import org.krait.nodes.control.WhileNode;
import org.krait.nodes.control.WithEnterNode;
import org.krait.nodes.control.WithExitNode;
import org.krait.nodes.expression.*;
import org.krait.nodes.generator.*;
import org.krait.nodes.local.*;
import org.krait.nodes.match.MatchTestNode;
import org.krait.nodes.match.PatternNode;
import org.krait.parser.Scope;
import org.krait.parser.ast.*;
import org.krait.runtime.FunctionCode;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyCode;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyNone;
import org.krait.runtime.Signature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the AST of a module into Truffle nodes, resolving every name with the scope analysis. */
public final class Translator {
    private final KraitLanguage language;
    private final Source source;
    private final Scope moduleScope;
    private final boolean interactive;
    /** The -O level: asserts are left out from 1 on, docstrings from 2 on. */
    private final int optimize;
    /** Frozenset constants made from sets of constants, shared by the whole compilation as in CPython. */
    private final org.krait.runtime.Sets.ConstantSets constantSets = new org.krait.runtime.Sets.ConstantSets();
    private Frame frame;
    /** {@code from __future__ import annotations}: annotations are kept as strings. */
    private boolean futureAnnotations;

    /** Per function being translated: its scope, frame layout and the handler slot for bare raise. */
    private static final class Frame {
        final Scope scope;
        final FrameDescriptor.Builder descriptor = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        int handlerSlot = -1;
        /** In a generator body, statements are built from the resumable variants in nodes.generator. */
        boolean generator;
        /** Yields in an async generator are marked as values (see Awaitables). */
        boolean asyncGenerator;
        int generatorSlot = -1;
        /** In a class body: the slot holding the namespace dict that names are stored in. */
        int namespaceSlot = -1;

        Frame(Scope scope) {
            this.scope = scope;
        }

        int slot(String name) {
            return slots.computeIfAbsent(name, n -> descriptor.addSlot(FrameSlotKind.Illegal, n, null));
        }

        int temp() {
            return descriptor.addSlot(FrameSlotKind.Object, null, null);
        }

        private int returnSlot = -1;

        /** Where {@code return} leaves its value (allocated on first use). */
        int returnSlot() {
            if (returnSlot < 0) {
                returnSlot = temp();
            }
            return returnSlot;
        }

        boolean isModule() {
            return scope.kind() == Scope.Kind.MODULE;
        }

        boolean isClass() {
            return scope.kind() == Scope.Kind.CLASS;
        }
    }

    public Translator(KraitLanguage language, Source source, Scope moduleScope, boolean interactive, int optimize) {
        this.language = language;
        this.source = source;
        this.moduleScope = moduleScope;
        this.interactive = interactive;
        this.optimize = optimize;
    }

    /** Module code; with {@code keepResult}, a final expression statement becomes the result. */
    public ModuleRootNode module(List<Stmt> body, boolean keepResult) {
        frame = new Frame(moduleScope);
        futureAnnotations = body.stream().anyMatch(st -> st instanceof Stmt.ImportFrom f && "__future__".equals(f.module())
                && f.names().stream().anyMatch(al -> al.name().equals("annotations")));
        ExprNode result = null;
        int resultLine = -1;
        List<Stmt> stmts = body;
        if (keepResult && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last && !interactive) {
            stmts = body.subList(0, body.size() - 1);
            result = expr(last.value());
            resultLine = last.pos().line();
        }
        StmtNode block = block(stmts);
        StmtNode setup = setupAnnotations(stmts);
        if (setup != null) {
            block = new BlockNode(new StmtNode[]{setup, block});
        }
        if (!interactive && docstringOf(stmts) != null) {
            // a module's docstring is its __doc__
            StmtNode setDoc = new ExprStmtNode(new WriteGlobalNode("__doc__", new ConstantNode(docstring(stmts))))
                    .atLine(stmts.get(0).pos().line());
            block = new BlockNode(new StmtNode[]{setDoc, block});
        }
        return new ModuleRootNode(language, frame.descriptor.build(), source, block, result, resultLine);
    }

    private StmtNode block(List<Stmt> body) {
        StmtNode[] out = new StmtNode[body.size()];
        for (int i = 0; i < out.length; i++) {
            Stmt s = body.get(i);
            out[i] = stmt(s).atLine(s.pos().line());
        }
        return sequence(out);
    }

    private StmtNode sequence(StmtNode[] statements) {
        return frame.generator ? new GenBlockNode(statements, frame.temp()) : new BlockNode(statements);
    }

    private StmtNode ifNode(ExprNode test, StmtNode body, StmtNode orelse) {
        return frame.generator ? new GenIfNode(test, body, orelse, frame.temp()) : new IfNode(test, body, orelse);
    }

    private StmtNode optBlock(List<Stmt> body) {
        return body.isEmpty() ? null : block(body);
    }

    // ---- statements ---------------------------------------------------------------------------------

    private StmtNode stmt(Stmt s) {
        // the expressions a statement evaluates first, in order (a later one only if it is always evaluated)
        List<Expr> first = switch (s) {
            case Stmt.ExprStmt e -> List.of(e.value());
            case Stmt.Assign a -> a.targets().size() == 1 ? withTarget(List.of(a.value()), a.targets().get(0), false)
                    : List.of(a.value());
            case Stmt.AugAssign a -> {
                List<Expr> parts = withTarget(List.of(), a.target(), true);
                parts.add(a.value());
                yield parts;
            }
            case Stmt.AnnAssign a -> a.value() == null ? List.of() : List.of(a.value());
            case Stmt.Return r -> r.value() == null ? List.of() : List.of(r.value());
            case Stmt.If i -> List.of(i.test());
            case Stmt.For f -> List.of(f.iter());
            case Stmt.Assert a -> List.of(a.test());
            case Stmt.Raise r -> r.exc() == null ? List.of() : r.cause() == null ? List.of(r.exc())
                    : List.of(r.exc(), r.cause());
            case Stmt.Match m -> List.of(m.subject());
            case Stmt.FunctionDef f -> definition(f.decoratorList(), f.args().defaults(), f.args().kwDefaults());
            case Stmt.AsyncFunctionDef f -> definition(f.decoratorList(), f.args().defaults(), f.args().kwDefaults());
            case Stmt.ClassDef c -> definition(c.decoratorList(), c.bases(),
                    c.keywords().stream().map(Keyword::value).toList());
            default -> List.of();
        };
        return spilling(first, () -> statement(s));
    }

    /** What a {@code def} or {@code class} statement evaluates before it makes the object, in order. */
    private static List<Expr> definition(List<Expr> decorators, List<Expr> values, List<Expr> more) {
        List<Expr> parts = new ArrayList<>(decorators);
        parts.addAll(values);
        more.stream().filter(java.util.Objects::nonNull).forEach(parts::add);
        return parts;
    }

    /**
     * {@code first} followed by what an assignment to {@code target} evaluates, in order: the object (and key) of
     * an item or attribute target, then for an augmented assignment its current value.
     */
    private static List<Expr> withTarget(List<Expr> first, Expr target, boolean augmented) {
        List<Expr> parts = new ArrayList<>(first);
        switch (target) {
            case Expr.Subscript s -> parts.addAll(List.of(s.value(), s.slice()));
            case Expr.Attribute at -> parts.add(at.value());
            default -> {
            }
        }
        if (augmented && !(target instanceof Expr.TupleExpr) && !(target instanceof Expr.ListExpr)) {
            parts.add(target);
        }
        return parts;
    }

    /**
     * The statement {@code build} makes, preceded in a generator by statements that evaluate into temporaries
     * what {@code parts} evaluate before their first yield or await: resuming re-executes the statement, which
     * then reads them back instead of evaluating them again.
     */
    private StmtNode spilling(List<Expr> parts, java.util.function.Supplier<StmtNode> build) {
        if (!frame.generator || parts.stream().noneMatch(this::containsSuspension)) {
            return build.get();
        }
        List<Integer> outer = spillTemps;
        spillTemps = new ArrayList<>();
        List<StmtNode> out = new ArrayList<>();
        spillFirst(parts, out);
        out.add(build.get());
        out.add(new ClearTempsNode(spillTemps.stream().mapToInt(Integer::intValue).toArray()));
        spillTemps = outer;
        return sequence(out.toArray(new StmtNode[0]));
    }

    /** Expressions already evaluated into temporaries (see {@link #spill}). */
    private final java.util.IdentityHashMap<Expr, Integer> spilled = new java.util.IdentityHashMap<>();
    /** The temporaries the statement being spilled uses, cleared when it is done. */
    private List<Integer> spillTemps = new ArrayList<>();

    private int spillTemp() {
        int temp = frame.temp();
        spillTemps.add(temp);
        return temp;
    }

    /**
     * Evaluates into temporaries the parts of {@code e} that Python evaluates before its first yield or await.
     * An {@code and}/{@code or} or {@code if}-expression that may suspend becomes statements computing its value
     * (generator {@code if}s remember the branch taken), so what runs before a suspension in one of its
     * conditional parts also runs once.
     */
    private void spill(Expr e, List<StmtNode> out) {
        if (e == null || e instanceof Expr.Constant) {
            return;
        }
        if (!containsSuspension(e)) {
            int temp = spillTemp();
            out.add(new WriteTempNode(temp, expr(e)));
            spilled.put(e, temp);
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Compare c && c.ops().size() > 1) {
            int temp = spillTemp();
            evaluateInto(e, temp, out);
            spilled.put(e, temp);
        } else {
            spillFirst(spillableParts(e), out);
        }
    }

    /**
     * The parts of {@code e} to spill before it: those always evaluated, except the operand of a yield or await
     * when it cannot suspend itself (the node does not evaluate it again when the frame resumes).
     */
    private List<Expr> spillableParts(Expr e) {
        List<Expr> parts = evaluatedFirst(e);
        boolean suspends = e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await;
        return suspends && !parts.isEmpty() && !containsSuspension(parts.get(0)) ? List.of() : parts;
    }

    /**
     * Spills {@code parts} in order up to the last that may suspend, whose own parts are spilled; the parts
     * before it are evaluated whole, each suspension in them resumed by a statement of its own.
     */
    private void spillFirst(List<Expr> parts, List<StmtNode> out) {
        int last = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (containsSuspension(parts.get(i))) {
                last = i;
            }
        }
        for (int i = 0; i < last; i++) {
            Expr part = parts.get(i);
            if (part != null && !(part instanceof Expr.Constant)) {
                int temp = spillTemp();
                evaluateInto(part, temp, out);
                spilled.put(part, temp);
            }
        }
        if (last >= 0) {
            spill(parts.get(last), out);
        }
    }

    /** Statements storing the value of {@code e} into {@code temp}, each part evaluated once across suspensions. */
    private void evaluateInto(Expr e, int temp, List<StmtNode> out) {
        if (e instanceof Expr.BoolOp b && containsSuspension(e)) {
            evaluateBoolOp(b.values(), 0, b.op() == BoolOperator.AND, temp, out);
        } else if (e instanceof Expr.IfExp i && containsSuspension(e)) {
            spill(i.test(), out);
            List<StmtNode> body = new ArrayList<>();
            evaluateInto(i.body(), temp, body);
            List<StmtNode> orelse = new ArrayList<>();
            evaluateInto(i.orelse(), temp, orelse);
            out.add(ifNode(expr(i.test()), sequence(body.toArray(new StmtNode[0])),
                    sequence(orelse.toArray(new StmtNode[0]))));
        } else if (e instanceof Expr.Compare c && c.ops().size() > 1 && containsSuspension(e)) {
            evaluateCompare(c, 0, temp, out);
        } else {
            if (containsSuspension(e)) {
                spillFirst(spillableParts(e), out);
            }
            out.add(new WriteTempNode(temp, expr(e)));
        }
    }

    /** {@code values[i] and/or ...}: each operand's truth is tested once, the next evaluated only if needed. */
    private void evaluateBoolOp(List<Expr> values, int i, boolean and, int temp, List<StmtNode> out) {
        evaluateInto(values.get(i), temp, out);
        if (i + 1 < values.size()) {
            List<StmtNode> rest = new ArrayList<>();
            evaluateBoolOp(values, i + 1, and, temp, rest);
            ExprNode value = new ReadTempNode(temp);
            out.add(ifNode(and ? value : new NotNode(value), sequence(rest.toArray(new StmtNode[0])), null));
        }
    }

    /**
     * The comparisons of a chain from the {@code i}-th: each operand is evaluated once (into a temporary, as
     * it may serve two comparisons), the next comparison only if this one is true.
     */
    private void evaluateCompare(Expr.Compare c, int i, int temp, List<StmtNode> out) {
        Expr left = i == 0 ? c.left() : c.comparators().get(i - 1);
        Expr right = c.comparators().get(i);
        if (i == 0) {
            int l = spillTemp();
            evaluateInto(left, l, out);
            spilled.put(left, l);
        }
        int r = spillTemp();
        evaluateInto(right, r, out);
        spilled.put(right, r);
        out.add(new WriteTempNode(temp, expr(new Expr.Compare(c.pos(), left, List.of(c.ops().get(i)), List.of(right)))));
        if (i + 1 < c.ops().size()) {
            List<StmtNode> rest = new ArrayList<>();
            evaluateCompare(c, i + 1, temp, rest);
            out.add(ifNode(new ReadTempNode(temp), sequence(rest.toArray(new StmtNode[0])), null));
        }
    }

    /** {@code e} where no statement can precede it (a {@code while} test): it spills into a prelude of its own. */
    private ExprNode resumable(Expr e) {
        if (!frame.generator || !containsSuspension(e)) {
            return expr(e);
        }
        List<Integer> outer = spillTemps;
        spillTemps = new ArrayList<>();
        List<StmtNode> prelude = new ArrayList<>();
        spill(e, prelude);
        ExprNode value = expr(e);
        int[] temps = spillTemps.stream().mapToInt(Integer::intValue).toArray();
        spillTemps = outer;
        return new ResumableExprNode(sequence(prelude.toArray(new StmtNode[0])), value, temps, frame.temp());
    }

    /** The sub-expressions of {@code e} that are always evaluated, in Python's order (empty for leaves). */
    private static List<Expr> evaluatedFirst(Expr e) {
        List<Expr> parts = new ArrayList<>();
        switch (e) {
            case Expr.Call c -> {
                parts.add(c.func() instanceof Expr.Attribute a ? a.value() : c.func());
                for (Expr arg : c.args()) {
                    parts.add(arg instanceof Expr.Starred st ? st.value() : arg);
                }
                for (Keyword k : c.keywords()) {
                    parts.add(k.value());
                }
            }
            case Expr.BinOp b -> parts.addAll(List.of(b.left(), b.right()));
            case Expr.UnaryOp u -> parts.add(u.operand());
            case Expr.BoolOp b -> parts.add(b.values().get(0));
            case Expr.IfExp i -> parts.add(i.test());
            case Expr.Compare c -> parts.addAll(List.of(c.left(), c.comparators().get(0)));
            case Expr.Attribute a -> parts.add(a.value());
            case Expr.Subscript sub -> parts.addAll(List.of(sub.value(), sub.slice()));
            case Expr.TupleExpr t -> t.elts().forEach(x -> parts.add(x instanceof Expr.Starred st ? st.value() : x));
            case Expr.ListExpr l -> l.elts().forEach(x -> parts.add(x instanceof Expr.Starred st ? st.value() : x));
            case Expr.SetExpr st -> st.elts().forEach(x -> parts.add(x instanceof Expr.Starred sx ? sx.value() : x));
            case Expr.DictExpr d -> {
                for (int i = 0; i < d.values().size(); i++) {
                    if (d.keys().get(i) != null) {
                        parts.add(d.keys().get(i));
                    }
                    parts.add(d.values().get(i));
                }
            }
            case Expr.JoinedStr j -> j.values().forEach(x -> parts.add(x instanceof Expr.FormattedValue fv ? fv.value() : x));
            case Expr.FormattedValue f -> parts.add(f.value());
            case Expr.Yield y -> {
                if (y.value() != null) {
                    parts.add(y.value());
                }
            }
            case Expr.YieldFrom y -> parts.add(y.value());
            case Expr.Await a -> parts.add(a.value());
            case Expr.NamedExpr n -> parts.add(n.value());
            case Expr.Starred st -> parts.add(st.value());
            case Expr.Slice sl -> {
                for (Expr x : new Expr[]{sl.lower(), sl.upper(), sl.step()}) {
                    if (x != null) {
                        parts.add(x);
                    }
                }
            }
            default -> {
            }
        }
        return parts;
    }

    /** Whether evaluating {@code e} may suspend the frame (a yield, an await, an async comprehension). */
    private boolean containsSuspension(Expr e) {
        return switch (e) {
            case null -> false;
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Expr.Await a -> true;
            case Expr.Lambda l -> false;
            case Expr.GeneratorExp g -> false;
            case Expr.ListComp c -> moduleScope.scopeOf(c).isCoroutine();
            case Expr.SetComp c -> moduleScope.scopeOf(c).isCoroutine();
            case Expr.DictComp c -> moduleScope.scopeOf(c).isCoroutine();
            case Expr.NamedExpr n -> containsSuspension(n.value());
            case Expr.Starred st -> containsSuspension(st.value());
            case Expr.Slice sl -> containsSuspension(sl.lower()) || containsSuspension(sl.upper())
                    || containsSuspension(sl.step());
            case Expr.BoolOp b -> b.values().stream().anyMatch(this::containsSuspension);
            case Expr.IfExp i -> containsSuspension(i.test()) || containsSuspension(i.body())
                    || containsSuspension(i.orelse());
            case Expr.Compare c -> containsSuspension(c.left()) || c.comparators().stream().anyMatch(this::containsSuspension);
            case Expr.FormattedValue f -> containsSuspension(f.value()) || containsSuspension(f.formatSpec());
            default -> evaluatedFirst(e).stream().anyMatch(this::containsSuspension);
        };
    }

    private StmtNode statement(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> interactive && frame.isModule()
                    ? new ExprStmtNode(new DisplayNode(expr(e.value()))) : new ExprStmtNode(expr(e.value()));
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.If i -> ifNode(expr(i.test()), block(i.body()), optBlock(i.orelse()));
            case Stmt.While w -> frame.generator
                    ? GenLoopNode.whileLoop(resumable(w.test()), block(w.body()), optBlock(w.orelse()), frame.temp())
                    : new WhileNode(expr(w.test()), block(w.body()), optBlock(w.orelse()));
            case Stmt.For f -> forLoop(f.target(), iterable(f.iter()), block(f.body()), optBlock(f.orelse()));
            case Stmt.Return r -> new ReturnNode(r.value() == null ? null : expr(r.value()), frame.returnSlot());
            case Stmt.Pass p -> new BlockNode(new StmtNode[0]);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            case Stmt.FunctionDef f -> new AssignNode(new DecorateNode(exprs(f.decoratorList()),
                    function(f, f.name(), f.args(), f.body())), new TargetNode[]{nameTarget(f.name())});
            case Stmt.AsyncFunctionDef f -> new AssignNode(new DecorateNode(exprs(f.decoratorList()),
                    function(f, f.name(), f.args(), f.body())), new TargetNode[]{nameTarget(f.name())});
            case Stmt.AsyncFor f -> asyncFor(f.target(), new AsyncIterNode(expr(f.iter()), false), block(f.body()),
                    optBlock(f.orelse()));
            case Stmt.AsyncWith w -> with(w.items(), 0, w.body(), true);
            case Stmt.ClassDef c -> new AssignNode(new DecorateNode(exprs(c.decoratorList()), classDef(c)),
                    new TargetNode[]{nameTarget(c.name())});
            case Stmt.With w -> with(w.items(), 0, w.body(), false);
            case Stmt.Match m -> match(m);
            case Stmt.Global g -> new BlockNode(new StmtNode[0]);
            case Stmt.Nonlocal n -> new BlockNode(new StmtNode[0]);
            case Stmt.Delete d -> delete(d.targets());
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()),
                    r.cause() == null ? null : expr(r.cause()), frame.handlerSlot);
            case Stmt.Try t -> tryStmt(t);
            case Stmt.TryStar t -> tryStar(t);
            case Stmt.Assert a -> optimize > 0 ? new BlockNode(new StmtNode[0])
                    : new AssertNode(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Stmt.Import i -> imports(i);
            case Stmt.ImportFrom i -> importFrom(i);
            default -> new ExprStmtNode(new NotImplementedNode(describe(s)));
        };
    }

    private static String describe(Stmt s) {
        return switch (s) {
            default -> "the " + s.getClass().getSimpleName() + " statement";
        };
    }

    /**
     * {@code x: T = v}. In modules and class bodies a simple name's annotation is recorded in
     * {@code __annotations__} (as source text under {@code from __future__ import annotations}); elsewhere
     * annotations are not evaluated, as in CPython.
     */
    private StmtNode annAssign(Stmt.AnnAssign a) {
        StmtNode assign = a.value() == null ? null : new AssignNode(expr(a.value()), new TargetNode[]{target(a.target())});
        if (!(frame.isModule() || frame.isClass()) || !a.simple() || !(a.target() instanceof Expr.Name n)) {
            return assign != null ? assign : new BlockNode(new StmtNode[0]);
        }
        ExprNode annotation = annotation(a.annotation());
        StmtNode record = new ExprStmtNode(SetItemNodeGen.create(annotation, load("__annotations__"),
                new ConstantNode(n.id())));
        return assign == null ? record : new BlockNode(new StmtNode[]{assign, record});
    }

    /** The text of a span of the source (an annotation kept as a string). */
    private String sourceText(Pos pos) {
        StringBuilder sb = new StringBuilder();
        for (int line = pos.line(); line <= pos.endLine(); line++) {
            String text = source.getCharacters(line).toString();
            int from = line == pos.line() ? pos.col() : 0;
            int to = line == pos.endLine() ? Math.min(pos.endCol(), text.length()) : text.length();
            sb.append(line > pos.line() ? " " : "").append(text, from, to);
        }
        return sb.toString().strip();
    }

    /** Whether a block (not counting nested functions and classes) annotates a name. */
    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt st : body) {
            boolean found = switch (st) {
                case Stmt.AnnAssign a -> a.simple();
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                case Stmt.TryStar t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                        || hasAnnotations(t.finalbody()) || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** {@code __annotations__ = {}} at the start of a module or class body that annotates names. */
    private StmtNode setupAnnotations(List<Stmt> body) {
        if (!hasAnnotations(body)) {
            return null;
        }
        ExprNode empty = new DictNode(new ExprNode[0], new ExprNode[0]);
        return new ExprStmtNode(frame.isClass() ? new WriteNameNode(frame.namespaceSlot, "__annotations__", empty)
                : store("__annotations__", empty));
    }

    private StmtNode assign(Stmt.Assign a) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
            return new ExprStmtNode(store(n.id(), expr(a.value())));
        }
        if (a.targets().size() == 1 && !containsSuspension(a.targets().get(0))) {
            // one item or attribute target: its node takes the value unboxed (value first, then the target's parts)
            switch (a.targets().get(0)) {
                case Expr.Subscript s:
                    return new ExprStmtNode(SetItemNodeGen.create(expr(a.value()), expr(s.value()), expr(s.slice())));
                case Expr.Attribute at:
                    return new ExprStmtNode(SetAttributeNode.create(expr(a.value()), expr(at.value()), at.attr()));
                default:
                    break;
            }
        }
        if (frame.generator && a.targets().size() > 1 && a.targets().stream().anyMatch(this::containsSuspension)) {
            // a target that may suspend: each target is a statement of its own, so that resuming in one does not
            // assign the earlier ones again
            int value = frame.temp();
            List<StmtNode> out = new ArrayList<>(List.of(new WriteTempNode(value, expr(a.value()))));
            for (Expr t : a.targets()) {
                out.add(spilling(withTarget(List.of(), t, false),
                        () -> new AssignNode(new ReadTempNode(value), new TargetNode[]{target(t)})));
            }
            out.add(new ClearTempsNode(new int[]{value}));
            return sequence(out.toArray(new StmtNode[0]));
        }
        TargetNode[] targets = new TargetNode[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(a.targets().get(i));
        }
        return new AssignNode(expr(a.value()), targets);
    }

    private StmtNode augAssign(Stmt.AugAssign a) {
        ExprNode value = expr(a.value());
        switch (a.target()) {
            case Expr.Name n:
                if (resolve(n.id()) == Scope.Resolution.LOCAL && !frame.isClass()) {
                    ExprNode current = ReadLocalNodeGen.create(frame.slot(n.id()), n.id(),
                            ReadLocalNode.Accumulator.KEEP);
                    return new ExprStmtNode(store(n.id(), BinaryNode.createForLocal(a.op(), current, value)));
                }
                return new ExprStmtNode(store(n.id(), BinaryNode.create(a.op(), expr(n), value, true)));
            case Expr.Subscript s: {
                int obj = frame.temp();
                // a constant key (b[3] -= x) is evaluated twice instead of kept boxed in a temporary
                boolean constantKey = s.slice() instanceof Expr.Constant;
                int key = constantKey ? -1 : frame.temp();
                java.util.function.Supplier<ExprNode> keyRead =
                        () -> constantKey ? expr(s.slice()) : new ReadTempNode(key);
                ExprNode current = spilled.get(s) instanceof Integer t ? new ReadTempNode(t)  // read before a yield
                        : GetItemNodeGen.create(new ReadTempNode(obj), keyRead.get());
                List<StmtNode> out = new ArrayList<>(List.of(new WriteTempNode(obj, expr(s.value()))));
                if (!constantKey) {
                    out.add(new WriteTempNode(key, expr(s.slice())));
                }
                out.add(new ExprStmtNode(SetItemNodeGen.create(BinaryNode.create(a.op(), current, value, true),
                        new ReadTempNode(obj), keyRead.get())));
                return new BlockNode(out.toArray(new StmtNode[0]));
            }
            case Expr.Attribute at: {
                int obj = frame.temp();
                ExprNode current = spilled.get(at) instanceof Integer t ? new ReadTempNode(t)
                        : GetAttributeNode.create(new ReadTempNode(obj), at.attr());
                return new BlockNode(new StmtNode[]{new WriteTempNode(obj, expr(at.value())),
                    new ExprStmtNode(SetAttributeNode.create(BinaryNode.create(a.op(), current, value, true),
                        new ReadTempNode(obj), at.attr()))});
            }
            default:
                throw new IllegalStateException("bad augmented assignment target");
        }
    }

    private StmtNode forLoop(Expr target, ExprNode iter, StmtNode body, StmtNode orelse) {
        if (frame.generator) {
            return GenLoopNode.forLoop(target(target), iter, body, orelse, frame.temp(), frame.temp());
        }
        return new ForNode(target(target), iter, body, orelse, frame.temp(), frame.temp(), frame.temp());
    }

    private StmtNode delete(List<Expr> targets) {
        StmtNode[] out = new StmtNode[targets.size()];
        for (int i = 0; i < out.length; i++) {
            Expr target = targets.get(i);
            // one target after the other: in a generator each resumes on its own, its parts spilled
            out[i] = spilling(withTarget(List.of(), target, false), () -> switch (target) {
                case Expr.Name n -> deleteName(n.id());
                case Expr.Subscript s -> new DeleteNode(DeleteNode.Kind.ITEM, null, -1, expr(s.value()),
                        expr(s.slice()));
                case Expr.Attribute at -> new DeleteNode(DeleteNode.Kind.ATTRIBUTE, at.attr(), -1, expr(at.value()), null);
                case Expr.TupleExpr t -> delete(t.elts());
                case Expr.ListExpr l -> delete(l.elts());
                default -> throw new IllegalStateException("bad del target");
            });
        }
        return frame.generator ? sequence(out) : new BlockNode(out);
    }

    private StmtNode deleteName(String name) {
        if (frame.isClass() && resolve(name) == Scope.Resolution.LOCAL) {
            return new DeleteNode(DeleteNode.Kind.NAME, name, frame.namespaceSlot, null, null);
        }
        return switch (resolve(name)) {
            case LOCAL -> new DeleteNode(DeleteNode.Kind.LOCAL, name, frame.slot(name), null, null);
            case CELL, FREE -> new DeleteNode(DeleteNode.Kind.CELL, name, frame.slot(name), null, null);
            default -> new DeleteNode(DeleteNode.Kind.GLOBAL, name, -1, null, null);
        };
    }

    private StmtNode tryStmt(Stmt.Try t) {
        int current = frame.temp();
        StmtNode body = block(t.body());
        Handlers h = handlers(t.handlers(), current);
        return tryNode(body, h.types(), h.names(), h.bodies(), optBlock(t.orelse()), optBlock(t.finalbody()), current);
    }

    /** {@code try} with {@code except*} clauses; a {@code finally} wraps it in a plain try. */
    private StmtNode tryStar(Stmt.TryStar t) {
        int current = frame.temp();
        StmtNode body = block(t.body());
        Handlers h = handlers(t.handlers(), current);
        StmtNode node = frame.generator
                ? new GenTryStarNode(body, h.types(), h.names(), h.bodies(), optBlock(t.orelse()), frame.temp(), current)
                : new TryStarNode(body, h.types(), h.names(), h.bodies(), optBlock(t.orelse()), current);
        return t.finalbody().isEmpty() ? node
                : tryNode(node, new ExprNode[0], new TargetNode[0], new StmtNode[0], null, block(t.finalbody()),
                        frame.temp());
    }

    /** The except clauses of a try: what each catches, the name it binds and its body. */
    private record Handlers(ExprNode[] types, TargetNode[] names, StmtNode[] bodies) {
    }

    /** Translates except clauses; {@code current} is the slot a bare {@code raise} in them re-raises from. */
    private Handlers handlers(List<ExceptHandler> clauses, int current) {
        int n = clauses.size();
        ExprNode[] types = new ExprNode[n];
        TargetNode[] names = new TargetNode[n];
        StmtNode[] handlers = new StmtNode[n];
        int outer = frame.handlerSlot;
        for (int i = 0; i < n; i++) {
            ExceptHandler h = clauses.get(i);
            types[i] = h.type() == null ? null : expr(h.type());
            names[i] = h.name() == null ? null : nameTarget(h.name());
            frame.handlerSlot = current;
            handlers[i] = block(h.body());
            if (h.name() != null) {
                // "except E as e" unbinds e when the handler ends (CPython: e = None; del e in a finally)
                StmtNode unbind = sequence(new StmtNode[]{new ExprStmtNode(store(h.name(),
                    new ConstantNode(PyNone.NONE))), deleteName(h.name())});
                handlers[i] = tryNode(handlers[i], new ExprNode[0], new TargetNode[0], new StmtNode[0], null, unbind,
                        frame.temp());
            }
            frame.handlerSlot = outer;
        }
        return new Handlers(types, names, handlers);
    }

    private StmtNode tryNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] handlers,
                             StmtNode orelse, StmtNode finalbody, int current) {
        if (frame.generator) {
            return new GenTryNode(body, types, names, handlers, orelse, finalbody, frame.temp(), current, frame.temp());
        }
        return new TryNode(body, types, names, handlers, orelse, finalbody, current);
    }

    /**
     * {@code with} as PEP 343 spells it out: enter, then the body in a try whose handler passes the exception
     * to {@code __exit__} (re-raising unless it returns true) and whose finally calls {@code __exit__} with
     * Nones if no exception was handled. Several items nest.
     */
    private StmtNode with(List<WithItem> items, int i, List<Stmt> body, boolean async) {
        WithItem item = items.get(i);
        int manager = frame.temp();
        int exit = frame.temp();
        int normal = frame.temp();
        int current = frame.temp();
        ExprNode enter = awaitIf(async, new WithEnterNode(manager, exit, async));
        StmtNode enterStmt = item.optionalVars() == null ? new ExprStmtNode(enter)
                : new AssignNode(enter, new TargetNode[]{target(item.optionalVars())});
        StmtNode inner = i + 1 < items.size() ? sequence(new StmtNode[]{with(items, i + 1, body, async)})
                : block(body);
        StmtNode handler = sequence(new StmtNode[]{new WriteTempNode(normal, new ConstantNode(false)),
            ifNode(new NotNode(awaitIf(async, new WithExitNode(exit, current))), sequence(new StmtNode[]{
                new RaiseNode(null, null, current)}), null)});
        StmtNode guarded = tryNode(inner, new ExprNode[]{null}, new TargetNode[]{null}, new StmtNode[]{handler},
                null, null, current);
        StmtNode exitNormally = ifNode(new ReadTempNode(normal), sequence(new StmtNode[]{
            new ExprStmtNode(awaitIf(async, new WithExitNode(exit, -1)))}), null);
        // each manager is evaluated after the previous one is entered: its spills go here, not before the statement
        StmtNode evaluate = spilling(List.of(item.contextExpr()), () -> new WriteTempNode(manager, expr(item.contextExpr())));
        return sequence(new StmtNode[]{evaluate, enterStmt,
            new WriteTempNode(normal, new ConstantNode(true)),
            tryNode(sequence(new StmtNode[]{guarded}), new ExprNode[0], new TargetNode[0], new StmtNode[0], null,
                exitNormally, frame.temp())});
    }

    /**
     * {@code match}: the subject is evaluated once, then each case is an {@code elif} whose test matches the
     * pattern (binding its names) and checks the guard.
     */
    private StmtNode match(Stmt.Match m) {
        int subject = frame.temp();
        StmtNode chain = null;
        for (int i = m.cases().size() - 1; i >= 0; i--) {
            MatchCase c = m.cases().get(i);
            ExprNode test = new MatchTestNode(pattern(c.pattern()), new ReadTempNode(subject));
            if (c.guard() != null) {
                test = new AndOrNode(new ExprNode[]{test, expr(c.guard())}, true);
            }
            chain = ifNode(test, block(c.body()), chain == null ? null : sequence(new StmtNode[]{chain}));
        }
        return sequence(new StmtNode[]{new WriteTempNode(subject, expr(m.subject())), chain});
    }

    private PatternNode pattern(Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> new PatternNode.Value(expr(v.value()));
            case Pattern.MatchSingleton s -> new PatternNode.Singleton(s.value() == Expr.Constant.NONE ? PyNone.NONE
                    : s.value());
            case Pattern.MatchAs a -> new PatternNode.As(a.pattern() == null ? null : pattern(a.pattern()),
                    a.name() == null ? null : nameTarget(a.name()));
            case Pattern.MatchOr o -> new PatternNode.Or(o.patterns().stream().map(this::pattern)
                    .toArray(PatternNode[]::new));
            case Pattern.MatchStar s -> new PatternNode.As(null, s.name() == null ? null : nameTarget(s.name()));
            case Pattern.MatchSequence q -> {
                int star = -1;
                for (int i = 0; i < q.patterns().size(); i++) {
                    if (q.patterns().get(i) instanceof Pattern.MatchStar) {
                        star = i;
                    }
                }
                yield new PatternNode.Sequence(q.patterns().stream().map(this::pattern).toArray(PatternNode[]::new),
                        star);
            }
            case Pattern.MatchMapping mm -> new PatternNode.Mapping(exprs(mm.keys()),
                    mm.patterns().stream().map(this::pattern).toArray(PatternNode[]::new),
                    mm.rest() == null ? null : nameTarget(mm.rest()));
            case Pattern.MatchClass k -> new PatternNode.ClassPattern(expr(k.cls()),
                    k.patterns().stream().map(this::pattern).toArray(PatternNode[]::new),
                    k.kwdAttrs().toArray(new String[0]),
                    k.kwdPatterns().stream().map(this::pattern).toArray(PatternNode[]::new));
        };
    }

    /** {@code await value} (async with awaits what __aenter__ and __aexit__ return), or value itself. */
    private ExprNode awaitIf(boolean await, ExprNode value) {
        return await ? new YieldFromNode(value, frame.temp(), frame.generatorSlot, true) : value;
    }

    /**
     * {@code async for}, spelled out: take the next step of the async iterator with {@code await __anext__()}
     * until it raises StopAsyncIteration; the else block runs only then.
     */
    private StmtNode asyncFor(Expr target, ExprNode asyncIterator, StmtNode body, StmtNode orelse) {
        int iterator = frame.temp();
        int exhausted = frame.temp();
        ExprNode next = awaitIf(true, new AsyncIterNode(new ReadTempNode(iterator), true));
        StmtNode step = tryNode(sequence(new StmtNode[]{new AssignNode(next, new TargetNode[]{target(target)})}),
                new ExprNode[]{new ConstantNode(org.krait.runtime.ExceptionTypes.STOP_ASYNC_ITERATION)},
                new TargetNode[]{null}, new StmtNode[]{sequence(new StmtNode[]{
                    new WriteTempNode(exhausted, new ConstantNode(true)), new BreakNode()})}, null, null, frame.temp());
        StmtNode loop = GenLoopNode.whileLoop(new ConstantNode(true), sequence(new StmtNode[]{step, body}), null,
                frame.temp());
        List<StmtNode> out = new ArrayList<>(List.of(new WriteTempNode(iterator, asyncIterator),
                new WriteTempNode(exhausted, new ConstantNode(false)), loop));
        if (orelse != null) {
            out.add(ifNode(new ReadTempNode(exhausted), orelse, null));
        }
        return sequence(out.toArray(new StmtNode[0]));
    }

    /** A class statement: the body becomes a function run on the new class namespace. */
    private ExprNode classDef(Stmt.ClassDef c) {
        ExprNode metaclass = null;
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return new NotImplementedNode("'**' in a class statement");
            } else if (k.arg().equals("metaclass")) {
                metaclass = expr(k.value());
            } else {
                kwNames.add(k.arg());
                kwValues.add(expr(k.value()));
            }
        }
        ExprNode bases = collection(CollectionNode.Kind.TUPLE, c.bases());
        Scope scope = moduleScope.scopeOf(c);
        Signature sig = new Signature(new String[]{".namespace"}, 0, 1, false, 0, false);
        ExprNode body = function(c, c.name(), sig, new ExprNode[0], new ExprNode[0], () -> {
            List<Stmt> stmts = c.body();
            List<StmtNode> out = new ArrayList<>();
            if (docstringOf(stmts) != null) {
                out.add(new ExprStmtNode(new WriteNameNode(frame.namespaceSlot, "__doc__",
                        new ConstantNode(docstring(stmts)))).atLine(stmts.get(0).pos().line()));
                stmts = stmts.subList(1, stmts.size());
            }
            StmtNode setup = setupAnnotations(stmts);
            if (setup != null) {
                out.add(setup);
            }
            out.add(block(stmts));
            ExprNode cell = scope.cellVars().contains("__class__") ? new CellObjectNode(frame.slot("__class__"))
                    : new ConstantNode(PyNone.NONE);
            return new Body(new BlockNode(out.toArray(new StmtNode[0])), cell, -1);
        });
        return new MakeClassNode(c.name(), scope.qualname(), bases, metaclass, kwNames.toArray(new String[0]),
                kwValues.toArray(new ExprNode[0]), body);
    }

    private StmtNode imports(Stmt.Import i) {
        StmtNode[] out = new StmtNode[i.names().size()];
        for (int k = 0; k < out.length; k++) {
            Alias a = i.names().get(k);
            String bind = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            ImportNode imp = new ImportNode(a.name(), a.asname() == null && a.name().contains("."), 0);
            out[k] = new ExprStmtNode(store(bind, imp));
        }
        return new BlockNode(out);
    }

    private StmtNode importFrom(Stmt.ImportFrom i) {
        String module = i.module() == null ? "" : i.module();
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            return new ImportStarNode(new ImportNode(module, false, i.level()), frame.namespaceSlot);
        }
        int temp = frame.temp();
        List<StmtNode> out = new ArrayList<>();
        out.add(new WriteTempNode(temp, new ImportNode(module, false, i.level())));
        for (Alias a : i.names()) {
            String bind = a.asname() != null ? a.asname() : a.name();
            out.add(new ExprStmtNode(store(bind, new ImportFromNode(new ReadTempNode(temp), a.name()))));
        }
        return new BlockNode(out.toArray(new StmtNode[0]));
    }

    // ---- names --------------------------------------------------------------------------------------

    private Scope.Resolution resolve(String name) {
        if (frame.isModule()) {
            return Scope.Resolution.GLOBAL_IMPLICIT;
        }
        return frame.scope.resolve(name);
    }

    private ExprNode load(String name) {
        if (frame.isClass()) {
            Scope.Resolution r = resolve(name);
            ExprNode outer = r == Scope.Resolution.FREE ? new ReadCellNode(frame.slot(name), name, true)
                    : new ReadGlobalNode(name);
            return r == Scope.Resolution.GLOBAL_EXPLICIT ? outer : new ReadNameNode(frame.namespaceSlot, name, outer);
        }
        return switch (resolve(name)) {
            case LOCAL -> ReadLocalNodeGen.create(frame.slot(name), name, frame.scope.isAugAddTarget(name)
                    ? ReadLocalNode.Accumulator.UNWRAP : ReadLocalNode.Accumulator.NONE);
            case CELL -> new ReadCellNode(frame.slot(name), name, false);
            case FREE -> new ReadCellNode(frame.slot(name), name, true);
            default -> new ReadGlobalNode(name);
        };
    }

    private ExprNode store(String name, ExprNode value) {
        if (frame.isClass() && resolve(name) == Scope.Resolution.LOCAL) {
            return new WriteNameNode(frame.namespaceSlot, name, value);
        }
        return switch (resolve(name)) {
            case LOCAL -> WriteLocalNodeGen.create(value, frame.slot(name));
            case CELL, FREE -> new WriteCellNode(frame.slot(name), value);
            default -> new WriteGlobalNode(name, value);
        };
    }

    private TargetNode nameTarget(String name) {
        if (resolve(name) == Scope.Resolution.LOCAL && !frame.isClass()) {
            return new LocalTarget(frame.slot(name));
        }
        int temp = frame.temp();
        return new ExprTarget(temp, store(name, new ReadTempNode(temp)));
    }

    private TargetNode target(Expr e) {
        switch (e) {
            case Expr.Name n:
                return nameTarget(n.id());
            case Expr.Subscript s: {
                int temp = frame.temp();
                return new ExprTarget(temp, SetItemNodeGen.create(new ReadTempNode(temp), expr(s.value()),
                        expr(s.slice())));
            }
            case Expr.Attribute a: {
                int temp = frame.temp();
                return new ExprTarget(temp, SetAttributeNode.create(new ReadTempNode(temp), expr(a.value()), a.attr()));
            }
            case Expr.TupleExpr t:
                return unpack(t.elts());
            case Expr.ListExpr l:
                return unpack(l.elts());
            case Expr.Starred s:
                return target(s.value());
            default:
                throw new IllegalStateException("bad assignment target " + e);
        }
    }

    private TargetNode unpack(List<Expr> elts) {
        TargetNode[] targets = new TargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return new UnpackTarget(targets, star);
    }

    // ---- expressions --------------------------------------------------------------------------------

    private ExprNode[] exprs(List<Expr> es) {
        ExprNode[] out = new ExprNode[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(es.get(i));
        }
        return out;
    }

    private ExprNode expr(Expr e) {
        if (!spilled.isEmpty() && spilled.get(e) instanceof Integer temp) {
            return new ReadTempNode(temp);
        }
        ExprNode node = translate(e);
        // the expressions a traceback points at, as CPython's point at the instruction that failed
        return switch (e) {
            case Expr.Name _, Expr.BinOp _, Expr.UnaryOp _, Expr.Compare _, Expr.Call _, Expr.Attribute _,
                 Expr.Subscript _ -> node.at(e.pos());
            default -> node;
        };
    }

    private ExprNode translate(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constant(c.value());
            case Expr.Name n -> load(n.id());
            case Expr.BinOp b -> BinaryNode.create(b.op(), expr(b.left()), expr(b.right()), false);
            case Expr.UnaryOp u -> u.op() == UnaryOperator.NOT ? new NotNode(expr(u.operand()))
                    : UnaryNodeGen.create(u.op(), expr(u.operand()));
            case Expr.BoolOp b -> new AndOrNode(exprs(b.values()), b.op() == BoolOperator.AND);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new IfExpNode(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> GetAttributeNode.create(expr(a.value()), a.attr());
            case Expr.Subscript s -> GetItemNodeGen.create(expr(s.value()), expr(s.slice()));
            case Expr.Slice s -> slice(s);
            case Expr.ListExpr l -> collection(CollectionNode.Kind.LIST, l.elts());
            case Expr.TupleExpr t -> collection(CollectionNode.Kind.TUPLE, t.elts());
            case Expr.SetExpr s -> collection(CollectionNode.Kind.SET, s.elts());
            case Expr.DictExpr d -> new DictNode(nullableExprs(d.keys()), exprs(d.values()));
            case Expr.JoinedStr j -> fstring(j);
            case Expr.FormattedValue f -> fstring(new Expr.JoinedStr(f.pos(), List.of(f)));
            case Expr.Lambda l -> function(l, "<lambda>", l.args(),
                    List.of(new Stmt.Return(l.body().pos(), l.body())));
            case Expr.NamedExpr n -> store(((Expr.Name) n.target()).id(), expr(n.value()));
            case Expr.ListComp c -> comprehension(c, c.generators(), null, c.elt(), CollectionNode.Kind.LIST);
            case Expr.SetComp c -> comprehension(c, c.generators(), null, c.elt(), CollectionNode.Kind.SET);
            case Expr.DictComp c -> comprehension(c, c.generators(), c.key(), c.value(), null);
            case Expr.GeneratorExp g -> comprehension(g, g.generators(), null, g.elt(), null);
            case Expr.Yield y -> new YieldNode(y.value() == null ? null : expr(y.value()), frame.temp(),
                    frame.generatorSlot, frame.asyncGenerator);
            case Expr.YieldFrom y -> new YieldFromNode(expr(y.value()), frame.temp(), frame.generatorSlot, false);
            case Expr.Await a -> awaitIf(true, expr(a.value()));
            default -> new NotImplementedNode(e.getClass().getSimpleName() + " expressions");
        };
    }

    private ExprNode[] nullableExprs(List<Expr> es) {
        ExprNode[] out = new ExprNode[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = es.get(i) == null ? null : expr(es.get(i));
        }
        return out;
    }

    private static ExprNode constant(Object v) {
        if (v instanceof Long l) {
            return new LongLiteralNode(l);
        } else if (v instanceof Double d) {
            return new DoubleLiteralNode(d);
        } else if (v instanceof byte[] b) {
            return new ConstantNode(new PyBytes(b));
        } else if (v == Expr.Constant.NONE) {
            return new ConstantNode(PyNone.NONE);
        } else if (v == Expr.Constant.ELLIPSIS) {
            return new ReadGlobalNode("Ellipsis");
        } else if (v instanceof Expr.Constant.Imaginary im) {
            return new ConstantNode(new PyComplex(0.0, im.imag()));
        }
        return new ConstantNode(v);
    }

    private ExprNode slice(Expr.Slice s) {
        return new SliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                s.step() == null ? null : expr(s.step()));
    }

    private ExprNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            ExprNode l = expr(c.left());
            CmpOp op = c.ops().get(0);
            ExprNode r = op == CmpOp.IN || op == CmpOp.NOTIN ? iterable(c.comparators().get(0))
                    : expr(c.comparators().get(0));
            return switch (op) {
                case IS -> new IsNode(l, r, false);
                case ISNOT -> new IsNode(l, r, true);
                case IN -> new ContainsNode(l, r, false);
                case NOTIN -> new ContainsNode(l, r, true);
                default -> CompareNodeGen.create(c.ops().get(0), l, r);
            };
        }
        ExprNode[] operands = new ExprNode[c.ops().size() + 1];
        operands[0] = expr(c.left());
        for (int i = 0; i < c.comparators().size(); i++) {
            CmpOp op = c.ops().get(i);
            boolean lastIn = i == c.comparators().size() - 1 && (op == CmpOp.IN || op == CmpOp.NOTIN);
            operands[i + 1] = lastIn ? iterable(c.comparators().get(i)) : expr(c.comparators().get(i));
        }
        return new CompareChainNode(operands, c.ops().toArray(new CmpOp[0]));
    }

    /** An iterable expression; a set of constants is a frozenset constant (CPython's fold_iter). */
    private ExprNode iterable(Expr e) {
        ExprNode folded = ConstantSetFolding.iterable(e, constantSets);
        return folded != null ? folded : expr(e);
    }

    private ExprNode collection(CollectionNode.Kind kind, List<Expr> elts) {
        ExprNode constantSet = kind == CollectionNode.Kind.SET ? ConstantSetFolding.display(elts, constantSets) : null;
        if (constantSet != null) {
            return constantSet;
        }
        boolean[] starred = new boolean[elts.size()];
        boolean any = false;
        ExprNode[] items = new ExprNode[elts.size()];
        for (int i = 0; i < items.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred s) {
                starred[i] = true;
                any = true;
                items[i] = expr(s.value());
            } else {
                items[i] = expr(el);
            }
        }
        return new CollectionNode(kind, items, any ? starred : null);
    }

    private ExprNode call(Expr.Call c) {
        boolean[] starred = new boolean[c.args().size()];
        ExprNode[] args = new ExprNode[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            Expr a = c.args().get(i);
            if (a instanceof Expr.Starred s) {
                starred[i] = true;
                args[i] = expr(s.value());
            } else {
                args[i] = expr(a);
            }
        }
        String[] kwNames = new String[c.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = c.keywords().get(i).arg();
            kwValues[i] = expr(c.keywords().get(i).value());
        }
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && args.length == 0 && kwNames.length == 0
                && isImplicitSuper()) {
            List<String> params = frame.scope.params();
            return new SuperNode(load("__class__"), params.isEmpty() ? null : load(params.get(0)));
        }
        ArgumentsNode arguments = new ArgumentsNode(args, starred, kwNames, kwValues);
        if (c.func() instanceof Expr.Attribute a) {
            return new MethodCallNode(expr(a.value()), a.attr(), arguments);
        }
        return new CallNode(expr(c.func()), arguments);
    }

    /** {@code super()} in a function nested in a class, with {@code super} naming the builtin. */
    private boolean isImplicitSuper() {
        return !frame.isModule() && !frame.isClass() && frame.scope.resolve("__class__") == Scope.Resolution.FREE
                && switch (frame.scope.resolve("super")) {
                    case GLOBAL_IMPLICIT, GLOBAL_EXPLICIT -> true;
                    default -> false;
                };
    }

    private ExprNode fstring(Expr.JoinedStr j) {
        int n = j.values().size();
        ExprNode[] values = new ExprNode[n];
        int[] conversions = new int[n];
        ExprNode[] specs = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            Expr part = j.values().get(i);
            if (part instanceof Expr.FormattedValue f) {
                values[i] = expr(f.value());
                conversions[i] = Math.max(0, f.conversion());
                specs[i] = f.formatSpec() == null ? null : expr(f.formatSpec());
            } else {
                values[i] = expr(part);
                conversions[i] = -1;
            }
        }
        return new FormatNode(values, conversions, specs);
    }

    // ---- functions and comprehensions ---------------------------------------------------------------

    /** A function's docstring, or None. */
    private Object docstring(Object node) {
        return docstring(switch (node) {
            case Stmt.FunctionDef f -> f.body();
            case Stmt.AsyncFunctionDef f -> f.body();
            default -> List.of();
        });
    }

    /** The {@code __doc__} of a module, class or function body: its docstring, or None (always under -OO). */
    private Object docstring(List<Stmt> body) {
        String doc = docstringOf(body);
        return doc == null || optimize > 1 ? PyNone.NONE : doc;
    }

    /** The docstring a body has: its first statement when that is a string literal; else null. */
    private static String docstringOf(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s ? s : null;
    }

    /** A def or lambda: defaults are evaluated where the function is defined. */
    private ExprNode function(Object node, String name, Arguments args, List<Stmt> body) {
        ExprNode annotations = annotations(node, args);
        ExprNode[] defaults = exprs(args.defaults());
        ExprNode[] kwDefaults = new ExprNode[args.kwonlyargs().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expr(d);
        }
        Scope scope = moduleScope.scopeOf(node);
        Signature sig = new Signature(scope.params().toArray(new String[0]), args.posonlyargs().size(),
                args.posonlyargs().size() + args.args().size(), args.vararg() != null, args.kwonlyargs().size(),
                args.kwarg() != null);
        ExprNode make = function(node, name, sig, defaults, kwDefaults, () -> functionBody(body));
        return annotations == null ? make : new AnnotateNode(make, annotations);
    }

    /**
     * A def's {@code __annotations__} dict, evaluated where the function is defined (or kept as source text
     * under {@code from __future__ import annotations}); null when nothing is annotated.
     */
    private ExprNode annotations(Object node, Arguments args) {
        List<ExprNode> keys = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        Expr returns = switch (node) {
            case Stmt.FunctionDef f -> f.returns();
            case Stmt.AsyncFunctionDef f -> f.returns();
            default -> null;
        };
        for (Arg a : all) {
            if (a.annotation() != null) {
                keys.add(new ConstantNode(a.arg()));
                values.add(annotation(a.annotation()));
            }
        }
        if (returns != null) {
            keys.add(new ConstantNode("return"));
            values.add(annotation(returns));
        }
        return keys.isEmpty() ? null : new DictNode(keys.toArray(new ExprNode[0]), values.toArray(new ExprNode[0]));
    }

    private ExprNode annotation(Expr e) {
        return !futureAnnotations ? expr(e) : new ConstantNode(e instanceof Expr.Constant c
                && c.value() instanceof String str ? org.krait.runtime.Repr.repr(str) : sourceText(e.pos()));
    }

    /** A function's statements, with a final {@code return x} split off as the tail expression. */
    private record Body(StmtNode statements, ExprNode tail, int tailLine) {
    }

    private Body functionBody(List<Stmt> body) {
        return frame.generator ? new Body(block(body), null, -1) : tail(body);
    }

    /**
     * The statements ending a function, with the value it returns split off as an expression: a final
     * {@code if} whose branches end so, where {@code if c: ... return a} followed by more statements (a guard
     * clause) counts as an {@code if} with those statements as its {@code else}; or a final {@code return x}.
     * Statements that simply end give None (tail line -1).
     */
    private Body tail(List<Stmt> body) {
        int n = body.size();
        // translated in source order, statements before the value
        for (int i = 0; i < n; i++) {
            if (body.get(i) instanceof Stmt.If f && (i == n - 1 || endsInReturn(f.body()))) {
                StmtNode statements = block(body.subList(0, i));
                List<Stmt> orelse = new ArrayList<>(f.orelse());
                orelse.addAll(body.subList(i + 1, n));
                ExprNode test = expr(f.test());
                Body then = tail(f.body());
                Body otherwise = tail(orelse);
                ExprNode value = new TailIfNode(test, then.statements(), then.tail(), then.tailLine(),
                        otherwise.statements(), otherwise.tail(), otherwise.tailLine(), frame.returnSlot());
                return new Body(statements, value, f.pos().line());
            }
        }
        if (n > 0 && body.get(n - 1) instanceof Stmt.Return r) {
            StmtNode statements = block(body.subList(0, n - 1));
            ExprNode value = r.value() == null ? new ConstantNode(PyNone.NONE) : expr(r.value());
            return new Body(statements, value, r.pos().line());
        }
        return new Body(block(body), new ConstantNode(PyNone.NONE), -1);
    }

    private static boolean endsInReturn(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Return;
    }

    /**
     * A function definition: its code object now, its body's root when first called for a {@code def} or lambda
     * (most functions of an imported module never run, and translating them was most of an import's time). At
     * once for a class body or comprehension, which runs right away, and for a function with set displays, whose
     * constant sets must be interned in source order.
     */
    private ExprNode function(Object node, String name, Signature sig, ExprNode[] defaults, ExprNode[] kwDefaults,
                              java.util.function.Supplier<Body> body) {
        Scope scope = moduleScope.scopeOf(node);
        boolean generator = scope.isGenerator() || node instanceof Expr.GeneratorExp || scope.isCoroutine();
        boolean asyncGenerator = scope.isCoroutine() && (scope.isGenerator() || node instanceof Expr.GeneratorExp);
        org.krait.runtime.PyType kind = !generator ? null : asyncGenerator ? org.krait.runtime.PyType.ASYNC_GENERATOR
                : scope.isCoroutine() ? org.krait.runtime.PyType.COROUTINE : org.krait.runtime.PyType.GENERATOR;
        PyCode object = codeObject(node, name, scope, sig, kind);
        java.util.function.Supplier<com.oracle.truffle.api.nodes.RootNode> root = () -> root(node, name, scope, kind, body);
        boolean deferred = (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Expr.Lambda) && !scope.hasSetDisplays();
        if (!deferred) {
            com.oracle.truffle.api.nodes.RootNode now = root.get();
            root = () -> now;
        }
        FunctionCode code = new FunctionCode(name, scope.qualname(), sig, root, kind,
                (org.krait.parser.ast.Node) node, source, object);
        object.attach(code);
        List<String> free = scope.freeVars();
        int[] closureSlots = new int[free.size()];
        for (int i = 0; i < closureSlots.length; i++) {
            closureSlots[i] = frame.slot(free.get(i));
        }
        return new MakeFunctionNode(code, defaults, kwDefaults, closureSlots, docstring(node));
    }

    /**
     * Translates a function body (built by {@code body} inside the new frame) into its own root. Synchronized: a
     * deferred body may be translated on whichever thread first calls it.
     */
    private synchronized com.oracle.truffle.api.nodes.RootNode root(Object node, String name, Scope scope,
                                                                   org.krait.runtime.PyType kind,
                                                                   java.util.function.Supplier<Body> body) {
        Frame outer = frame;
        frame = new Frame(scope);
        try {
            frame.generator = kind != null;
            frame.asyncGenerator = kind == org.krait.runtime.PyType.ASYNC_GENERATOR;
            if (frame.generator) {
                frame.generatorSlot = frame.temp();
            }
            List<StmtNode> prologue = new ArrayList<>();
            if (frame.isClass()) {
                frame.namespaceSlot = frame.temp();
                prologue.add(new WriteTempNode(frame.namespaceSlot, new ReadArgNode(1)));
            }
            List<String> params = scope.params();
            for (int i = 0; i < params.size(); i++) {
                String p = params.get(i);
                if (scope.resolve(p) == Scope.Resolution.CELL) {
                    prologue.add(new InitCellNode(frame.slot(p), InitCellNode.Source.ARGUMENT, i + 1));
                } else {
                    prologue.add(new ExprStmtNode(WriteLocalNodeGen.create(new ReadArgNode(i + 1), frame.slot(p))));
                }
            }
            for (String c : scope.cellVars()) {
                if (!params.contains(c)) {
                    prologue.add(new InitCellNode(frame.slot(c), InitCellNode.Source.EMPTY, 0));
                }
            }
            List<String> free = scope.freeVars();
            for (int i = 0; i < free.size(); i++) {
                prologue.add(new InitCellNode(frame.slot(free.get(i)), InitCellNode.Source.CLOSURE, i));
            }
            Body bodyParts = body.get();
            StmtNode bodyNode = bodyParts.statements();
            int line = node instanceof Stmt s ? s.pos().line() : ((Expr) node).pos().line();
            BlockNode prologueNode = new BlockNode(prologue.toArray(new StmtNode[0]));
            if (frame.generator) {
                GeneratorBodyRootNode generatorBody = new GeneratorBodyRootNode(language, name, source, bodyNode,
                        frame.returnSlot());
                return new GeneratorRootNode(language, frame.descriptor.build(), kind, name, scope.qualname(),
                        prologueNode, frame.generatorSlot, generatorBody.getCallTarget());
            }
            return new FunctionRootNode(language, frame.descriptor.build(), name, source, line, prologueNode, bodyNode,
                    bodyParts.tail(), bodyParts.tailLine(), frame.returnSlot());
        } finally {
            frame = outer;
        }
    }

    /** A function's code object: CPython's flags, first line (its first decorator's) and local variable names. */
    private PyCode codeObject(Object node, String name, Scope scope, Signature sig, org.krait.runtime.PyType kind) {
        int flags = PyCode.OPTIMIZED | PyCode.NEWLOCALS | (sig.hasVarArgs() ? PyCode.VARARGS : 0)
                | (sig.hasVarKw() ? PyCode.VARKEYWORDS : 0)
                | (kind == org.krait.runtime.PyType.GENERATOR ? PyCode.GENERATOR
                : kind == org.krait.runtime.PyType.COROUTINE ? PyCode.COROUTINE
                : kind == org.krait.runtime.PyType.ASYNC_GENERATOR ? PyCode.ASYNC_GENERATOR : 0);
        for (Scope s = scope.parent(); s != null; s = s.parent()) {
            if (s.kind() != Scope.Kind.MODULE && s.kind() != Scope.Kind.CLASS) {
                flags |= PyCode.NESTED;
                break;
            }
        }
        int line = node instanceof Stmt s ? s.pos().line() : ((Expr) node).pos().line();
        List<Expr> decorators = node instanceof Stmt.FunctionDef f ? f.decoratorList()
                : node instanceof Stmt.AsyncFunctionDef f ? f.decoratorList() : List.of();
        for (Expr d : decorators) {
            line = Math.min(line, d.pos().line());
        }
        // parameters as CPython orders them (positional, keyword-only, *args, **kwargs), then the other locals
        String[] names = sig.names();
        List<String> varnames = new ArrayList<>(List.of(names).subList(0, sig.positional()));
        int kwStart = sig.positional() + (sig.hasVarArgs() ? 1 : 0);
        varnames.addAll(List.of(names).subList(kwStart, kwStart + sig.kwOnly()));
        if (sig.hasVarArgs()) {
            varnames.add(names[sig.positional()]);
        }
        if (sig.hasVarKw()) {
            varnames.add(names[names.length - 1]);
        }
        for (Map.Entry<String, Scope.Resolution> e : scope.symbols().entrySet()) {
            if (e.getValue() == Scope.Resolution.LOCAL && !varnames.contains(e.getKey())) {
                varnames.add(e.getKey());
            }
        }
        String file = source.getPath() != null ? source.getPath() : source.getName();
        return PyCode.ofFunction(name, scope.qualname(), file, line, flags, sig, varnames.toArray(new String[0]),
                scope.cellVars().stream().sorted().toArray(String[]::new),
                scope.freeVars().stream().sorted().toArray(String[]::new));
    }

    /**
     * A comprehension runs as a function of its own scope that receives the first iterable (evaluated
     * outside, as in CPython) and fills a result collection.
     */
    private ExprNode comprehension(Expr node, List<Comprehension> generators, Expr key, Expr value,
                                   CollectionNode.Kind kind) {
        boolean isGenerator = node instanceof Expr.GeneratorExp;
        boolean isCoroutine = moduleScope.scopeOf(node).isCoroutine();
        Comprehension first = generators.get(0);
        ExprNode firstIter = first.isAsync() ? new AsyncIterNode(expr(first.iter()), false)
                : new IterNode(iterable(first.iter()));
        Signature sig = new Signature(new String[]{".0"}, 0, 1, false, 0, false);
        String name = moduleScope.scopeOf(node).name();
        ExprNode make = function(node, name, sig, new ExprNode[0], new ExprNode[0], () -> {
            int result = frame.temp();
            StmtNode inner = isGenerator
                    ? spilling(List.of(value), () -> new ExprStmtNode(new YieldNode(expr(value), frame.temp(),
                        frame.generatorSlot, frame.asyncGenerator)))
                    : spilling(key == null ? List.of(value) : List.of(key, value),
                        () -> new AppendNode(result, key == null ? null : expr(key), expr(value)));
            for (int g = generators.size() - 1; g >= 0; g--) {
                Comprehension c = generators.get(g);
                for (int k = c.ifs().size() - 1; k >= 0; k--) {
                    Expr test = c.ifs().get(k);
                    StmtNode then = sequence(new StmtNode[]{inner});
                    inner = spilling(List.of(test), () -> ifNode(expr(test), then, null));
                }
                ExprNode iter = g == 0 ? ReadLocalNodeGen.create(frame.slot(".0"), ".0", ReadLocalNode.Accumulator.NONE)
                        : c.isAsync() ? new AsyncIterNode(expr(c.iter()), false) : iterable(c.iter());
                StmtNode loopBody = sequence(new StmtNode[]{inner});
                inner = c.isAsync() ? asyncFor(c.target(), iter, loopBody, null)
                        : forLoop(c.target(), iter, loopBody, null);
            }
            inner.atLine(node.pos().line());  // a comprehension's frame reports the line it is written on
            if (isGenerator) {
                return new Body(sequence(new StmtNode[]{inner}), null, -1);
            }
            ExprNode empty = kind == null ? new DictNode(new ExprNode[0], new ExprNode[0])
                    : new CollectionNode(kind, new ExprNode[0], null);
            if (isCoroutine) {
                // an async comprehension runs as a coroutine: it returns its result through the return slot
                return new Body(sequence(new StmtNode[]{new WriteTempNode(result, empty), inner,
                    new ReturnNode(new ReadTempNode(result), frame.returnSlot())}), null, -1);
            }
            return new Body(new BlockNode(new StmtNode[]{new WriteTempNode(result, empty), inner}),
                    new ReadTempNode(result), -1);
        });
        ExprNode call = new CallNode(make, new ArgumentsNode(new ExprNode[]{firstIter}, new boolean[1], new String[0],
                new ExprNode[0]));
        return isCoroutine && !isGenerator ? awaitIf(true, call) : call;
    }
}
