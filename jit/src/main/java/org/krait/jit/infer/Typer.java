package org.krait.jit.infer;

import org.krait.jit.Dispatcher;
import org.krait.jit.JitErrors;
import org.krait.jit.KjitModule;
import org.krait.jit.types.ArrayType;
import org.krait.jit.types.GlobalRef;
import org.krait.jit.types.JitType;
import org.krait.jit.types.OptionalType;
import org.krait.jit.types.RangeType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.TupleType;
import org.krait.jit.types.Typeof;
import org.krait.jit.types.Unify;
import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Keyword;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Pos;
import org.krait.parser.ast.Stmt;
import org.krait.parser.ast.UnaryOperator;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyException;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Ops;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One pass of type inference over a function body for one signature. Types only ever widen (by unification), so
 * repeating passes until none changes anything reaches a fixed point; a type still unknown then (null) is an
 * error. Unknown types arise from recursive calls whose return type is not known yet.
 */
final class Typer {
    private final TypingSession session;
    private final FunctionTyping ft;
    private final JitFunction fn;
    private boolean changed;
    /** How many parallel loops enclose the statement being typed. */
    private int parallelDepth;
    /** The first expression whose type could not be determined in this pass. */
    private Expr unknown;

    Typer(TypingSession session, FunctionTyping ft) {
        this.session = session;
        this.ft = ft;
        this.fn = ft.function();
    }

    /** Runs one pass; true when it changed a type. */
    boolean pass() {
        changed = false;
        unknown = null;
        List<String> params = fn.params();
        for (int i = 0; i < params.size(); i++) {
            assign(params.get(i), ft.argTypes().get(i), fn.pos());
        }
        for (Map.Entry<String, JitType> hint : ft.options().locals().entrySet()) {
            assign(hint.getKey(), hint.getValue(), fn.pos());
        }
        statements(fn.body());
        if (Flow.canFallOff(fn.body())) {
            returns(Scalar.NONE, fn.pos());
        }
        return changed;
    }

    /** After the fixed point: every expression and the return type must be known. */
    void check() {
        if (unknown != null) {
            String text = SourceExcerpt.text(fn.source(), unknown.pos());
            throw error("Cannot determine the type of " + (text == null ? "this expression" : "'" + text + "'")
                    + " (a recursive call without a path that returns first?)", unknown.pos());
        }
        if (ft.returnType == null) {
            throw error("Cannot determine the return type of '" + fn.name()
                    + "': every path returns the result of a recursive call", fn.pos());
        }
    }

    // ---- statements -------------------------------------------------------------------------------------------

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> {
                JitType t = expr(a.value());
                for (Expr target : a.targets()) {
                    store(target, t, a.value());
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    store(a.target(), expr(a.value()), a.value());
                }
            }
            case Stmt.If i -> {
                test(i.test());
                statements(i.body());
                statements(i.orelse());
            }
            case Stmt.While w -> {
                test(w.test());
                statements(w.body());
                statements(w.orelse());
            }
            case Stmt.For f -> forLoop(f);
            case Stmt.Return r -> returns(r.value() == null ? Scalar.NONE : expr(r.value()),
                    r.value() == null ? r.pos() : r.value().pos());
            case Stmt.ExprStmt e -> {
                if (!(e.value() instanceof Expr.Constant)) {
                    expr(e.value());
                }
            }
            case Stmt.Raise r -> raise(r);
            case Stmt.Assert a -> {
                test(a.test());
                if (a.msg() != null) {
                    exceptionArgument(a.msg());
                }
            }
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
            case Stmt.Global g -> throw error("'global' statements are not supported in jitted code", g.pos());
            case Stmt.Nonlocal n -> throw error("'nonlocal' statements are not supported in jitted code", n.pos());
            default -> throw error("Unsupported statement in jitted code: " + statementName(s), s.pos());
        }
    }

    private static String statementName(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> "def (nested functions)";
            case Stmt.ClassDef c -> "class";
            case Stmt.Try t -> "try";
            case Stmt.TryStar t -> "try";
            case Stmt.With w -> "with";
            case Stmt.Import i -> "import";
            case Stmt.ImportFrom i -> "import";
            case Stmt.Delete d -> "del";
            case Stmt.Match m -> "match";
            default -> s.getClass().getSimpleName().toLowerCase();
        };
    }

    private void augAssign(Stmt.AugAssign a) {
        JitType value = expr(a.value());
        switch (a.target()) {
            case Expr.Name n -> {
                if (!fn.isLocal(n.id())) {
                    throw error("Cannot assign to global name '" + n.id() + "' in jitted code", n.pos());
                }
                JitType current = ft.locals.get(n.id());
                JitType result = current == null || value == null ? null
                        : binary(a.op(), current, value, a.pos());
                ft.types.put(n, current);
                assign(n.id(), result, a.pos());
            }
            case Expr.Subscript sub -> {
                JitType element = subscript(sub);
                if (element != null && value != null) {
                    JitType result = binary(a.op(), element, value, a.pos());
                    checkStore(sub, result, a.pos());
                }
            }
            default -> throw error("Cannot assign to this target in jitted code", a.target().pos());
        }
    }

    private void forLoop(Stmt.For f) {
        JitType iter = expr(f.iter());
        JitType item = null;
        if (iter instanceof RangeType r) {
            item = Scalar.INT64;
            if (r.parallel()) {
                if (!(f.target() instanceof Expr.Name)) {
                    throw error("prange loops must assign a single variable", f.target().pos());
                }
                if (Flow.breaks(f.body()) || !f.orelse().isEmpty()) {
                    throw error("'break' and 'else' are not supported in prange loops", f.pos());
                }
                ft.reductions.put(f, Reductions.find(f.body(), this));
            }
        } else if (iter instanceof TupleType t) {
            item = t.uniform();
            if (item == null && t.size() > 0) {
                throw error("Cannot iterate over heterogeneous " + t.typeName() + ": its items have different types",
                        f.iter().pos());
            }
        } else if (iter instanceof ArrayType a) {
            item = a.ndim() == 1 ? a.dtype().widen()
                    : new ArrayType(a.dtype(), a.ndim() - 1, a.layout() == 'C' ? 'C' : 'A');
        } else if (iter != null) {
            throw error("Cannot iterate over a value of type " + iter.typeName(), f.iter().pos());
        }
        store(f.target(), item, f.iter());
        boolean parallel = iter instanceof RangeType r && r.parallel();
        parallelDepth += parallel ? 1 : 0;
        statements(f.body());
        parallelDepth -= parallel ? 1 : 0;
        statements(f.orelse());
    }

    private void raise(Stmt.Raise r) {
        if (r.exc() == null) {
            throw error("A bare 'raise' is not supported in jitted code", r.pos());
        }
        if (r.cause() != null) {
            throw error("'raise ... from ...' is not supported in jitted code", r.cause().pos());
        }
        Expr exc = r.exc();
        List<Expr> args = List.of();
        if (exc instanceof Expr.Call c) {
            if (!c.keywords().isEmpty()) {
                throw error("Exception arguments must be positional in jitted code", c.pos());
            }
            args = c.args();
            exc = c.func();
        }
        JitType t = expr(exc);
        if (!(t instanceof GlobalRef g && g.value() instanceof PyType type
                && type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION))) {
            throw error("Only exception classes can be raised in jitted code", exc.pos());
        }
        for (Expr a : args) {
            exceptionArgument(a);
        }
    }

    /** A string constant or a scalar value: what jitted code can put in an exception. */
    private void exceptionArgument(Expr a) {
        if (a instanceof Expr.Constant c && c.value() instanceof String) {
            return;
        }
        JitType t = expr(a);
        if (t != null && !(t instanceof Scalar)) {
            throw error("Exception arguments must be strings or numbers, not " + t.typeName(), a.pos());
        }
    }

    private void returns(JitType t, Pos pos) {
        if (t == null) {
            return;
        }
        if (t instanceof RangeType || t instanceof GlobalRef) {
            throw error("Cannot return a value of type " + t.typeName() + " from jitted code", pos);
        }
        JitType u = Unify.unify(ft.returnType, widened(t));
        if (u == null) {
            throw error("Cannot unify " + ft.returnType.typeName() + " and " + t.typeName()
                    + " for the return value of '" + fn.name() + "'", pos);
        }
        if (!u.equals(ft.returnType)) {
            ft.returnType = u;
            changed = true;
        }
    }

    // ---- assignment targets -----------------------------------------------------------------------------------

    private void store(Expr target, JitType t, Expr value) {
        switch (target) {
            case Expr.Name n -> {
                if (!fn.isLocal(n.id())) {
                    throw error("Cannot assign to global name '" + n.id() + "' in jitted code", n.pos());
                }
                assign(n.id(), t, value.pos());
                ft.types.put(n, ft.locals.get(n.id()));
            }
            case Expr.TupleExpr tu -> unpack(tu.elts(), t, value, target.pos());
            case Expr.ListExpr l -> unpack(l.elts(), t, value, target.pos());
            case Expr.Subscript sub -> {
                subscript(sub);
                checkStore(sub, t, value.pos());
            }
            case Expr.Starred s -> throw error("Starred assignment is not supported in jitted code", s.pos());
            default -> throw error("Cannot assign to this target in jitted code", target.pos());
        }
    }

    private void unpack(List<Expr> targets, JitType t, Expr value, Pos pos) {
        if (t == null) {
            for (Expr e : targets) {
                store(e, null, value);
            }
            return;
        }
        if (!(t instanceof TupleType tuple)) {
            throw error("Cannot unpack a value of type " + t.typeName(), value.pos());
        }
        if (tuple.size() != targets.size()) {
            throw error("Cannot unpack " + tuple.typeName() + " into " + targets.size() + " variables", pos);
        }
        for (int i = 0; i < targets.size(); i++) {
            store(targets.get(i), tuple.get(i), value);
        }
    }

    /** {@code a[i] = v}: arrays only, with the value converting to the element type. */
    private void checkStore(Expr.Subscript sub, JitType value, Pos pos) {
        JitType container = ft.types.get(sub.value());
        if (container == null || value == null) {
            return;
        }
        if (!(container instanceof ArrayType a)) {
            throw error("Cannot assign to an item of a value of type " + container.typeName()
                    + (container instanceof TupleType ? " (tuples are immutable)" : ""), sub.pos());
        }
        JitType target = ft.types.get(sub);
        if (target == null) {
            return;
        }
        if (!(value instanceof Scalar s && s.isNumber() && target instanceof Scalar) && !Unify.converts(value, target)) {
            throw error("Cannot store a value of type " + value.typeName() + " in " + a.typeName(), pos);
        }
    }

    private void assign(String name, JitType t, Pos pos) {
        if (t == null) {
            return;
        }
        if (t instanceof RangeType || t instanceof GlobalRef) {
            throw error("Cannot assign a value of type " + t.typeName() + " to variable '" + name
                    + "' (only numbers, tuples and arrays can be stored)", pos);
        }
        JitType current = ft.locals.get(name);
        JitType hint = ft.options().locals().get(name);
        JitType u;
        if (hint != null) {
            if (!Unify.converts(widened(t), hint)) {
                throw error("Cannot convert " + t.typeName() + " to " + hint.typeName() + " for '" + name
                        + "' (declared in locals=)", pos);
            }
            u = hint;
        } else {
            u = Unify.unify(current, widened(t));
        }
        if (u == null) {
            throw error("Cannot unify " + current.typeName() + " and " + t.typeName() + " for '" + name + "'", pos);
        }
        if (u instanceof OptionalType) {
            throw error("Cannot unify " + (current == null ? "none" : current.typeName()) + " and " + t.typeName()
                    + " for '" + name + "': variables cannot hold None in jitted code", pos);
        }
        if (!u.equals(current)) {
            ft.locals.put(name, u);
            changed = true;
        }
    }

    private static JitType widened(JitType t) {
        if (t instanceof Scalar s) {
            return s.widen();
        } else if (t instanceof TupleType tu) {
            List<JitType> items = new ArrayList<>();
            tu.items().forEach(i -> items.add(widened(i)));
            return new TupleType(items);
        }
        return t;
    }

    // ---- expressions ------------------------------------------------------------------------------------------

    private void test(Expr e) {
        JitType t = expr(e);
        if (t != null && !(t instanceof Scalar) && !(t instanceof TupleType) && !(t instanceof OptionalType)) {
            throw error("The truth value of a value of type " + t.typeName() + " is ambiguous in jitted code", e.pos());
        }
    }

    JitType expr(Expr e) {
        JitType t = switch (e) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> name(n);
            case Expr.BinOp b -> {
                JitType l = expr(b.left());
                JitType r = expr(b.right());
                yield l == null || r == null ? null : binary(b.op(), l, r, b.pos());
            }
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> {
                test(i.test());
                JitType a = expr(i.body());
                JitType b = expr(i.orelse());
                if (a == null || b == null) {
                    yield a == null ? b : a;
                }
                JitType u = Unify.unify(widened(a), widened(b));
                if (u == null || u instanceof OptionalType) {
                    throw error("Cannot unify " + a.typeName() + " and " + b.typeName() + " in a conditional expression",
                            i.pos());
                }
                yield u;
            }
            case Expr.NamedExpr n -> {
                JitType v = expr(n.value());
                store(n.target(), v, n.value());
                yield v == null ? null : widened(v);
            }
            case Expr.TupleExpr tu -> {
                List<JitType> items = new ArrayList<>();
                boolean known = true;
                for (Expr item : tu.elts()) {
                    if (item instanceof Expr.Starred) {
                        throw error("Starred expressions are not supported in jitted code", item.pos());
                    }
                    JitType it = expr(item);
                    if (it instanceof RangeType || it instanceof GlobalRef) {
                        throw error("Cannot put a value of type " + it.typeName() + " in a tuple", item.pos());
                    }
                    known &= it != null;
                    items.add(it == null ? null : widened(it));
                }
                yield known ? new TupleType(items) : null;
            }
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> attribute(a);
            case Expr.Subscript s -> subscript(s);
            case Expr.ListExpr l -> throw error("Lists are not supported in jitted code (use tuples or arrays)",
                    l.pos());
            case Expr.DictExpr d -> throw error("Dicts are not supported in jitted code", d.pos());
            case Expr.SetExpr s -> throw error("Sets are not supported in jitted code", s.pos());
            case Expr.JoinedStr j -> throw error("f-strings are not supported in jitted code", j.pos());
            case Expr.Lambda l -> throw error("lambda is not supported inside jitted code", l.pos());
            case Expr.ListComp l -> throw error("Comprehensions are not supported in jitted code", l.pos());
            case Expr.SetComp l -> throw error("Comprehensions are not supported in jitted code", l.pos());
            case Expr.DictComp l -> throw error("Comprehensions are not supported in jitted code", l.pos());
            case Expr.GeneratorExp g -> throw error("Generator expressions are not supported in jitted code",
                    g.pos());
            case Expr.Yield y -> throw error("yield is not supported in jitted code", y.pos());
            case Expr.YieldFrom y -> throw error("yield is not supported in jitted code", y.pos());
            case Expr.Await a -> throw error("await is not supported in jitted code", a.pos());
            default -> throw error("Unsupported expression in jitted code", e.pos());
        };
        if (t == null) {
            if (unknown == null) {
                unknown = e;
            }
        } else {
            ft.types.put(e, t);
        }
        return t;
    }

    private JitType constant(Expr.Constant c) {
        Object v = c.value();
        if (v instanceof Boolean) {
            return Scalar.BOOL;
        } else if (v instanceof Long) {
            return Scalar.INT64;
        } else if (v instanceof Double) {
            return Scalar.FLOAT64;
        } else if (v instanceof Expr.Constant.Imaginary) {
            return Scalar.COMPLEX128;
        } else if (v == Expr.Constant.NONE) {
            return Scalar.NONE;
        } else if (v instanceof BigInteger) {
            throw error("Int value is too large for int64: " + v, c.pos());
        } else if (v instanceof String) {
            throw error("Strings are only supported as exception messages in jitted code", c.pos());
        }
        throw error("Unsupported constant in jitted code", c.pos());
    }

    private JitType name(Expr.Name n) {
        if (fn.isLocal(n.id())) {
            return ft.locals.get(n.id());
        }
        return global(n);
    }

    /** A global is frozen at compile time (as Numba does): numbers and tuples become constants. */
    private JitType global(Expr.Name n) {
        String id = n.id();
        Object v = fn.globals().getAttribute(id);
        PyModule builtins = KraitContext.get(null).builtins();
        if (v == null) {
            v = builtins.getAttribute(id);
        }
        if (v == null) {
            throw error("NameError: name '" + id + "' is not defined", n.pos());
        }
        if (v instanceof BigInteger) {
            throw error("Global '" + id + "' is an int too large for int64: " + v, n.pos());
        }
        if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof PyComplex
                || v == PyNone.NONE || v instanceof PyTuple) {
            JitType t = Typeof.of(v);
            if (t == null || !isScalarTuple(t)) {
                throw untypedGlobal(id, v, n.pos());
            }
            ft.constants.put(n, v);
            return t;
        }
        String name = globalName(v, builtins);
        if (name == null) {
            throw untypedGlobal(id, v, n.pos());
        }
        return new GlobalRef(v, name);
    }

    private static boolean isScalarTuple(JitType t) {
        return t instanceof Scalar || t instanceof TupleType tu && tu.items().stream().allMatch(Typer::isScalarTuple);
    }

    /** The name typing knows a global object by ("abs", "math", "math.sqrt", "prange", a function), or null. */
    private static String globalName(Object v, PyModule builtins) {
        if (v instanceof Dispatcher d) {
            return "type(CPUDispatcher(" + d.function().name() + "))";
        } else if (v == KjitModule.prange()) {
            return "prange";
        } else if (v instanceof PyModule m) {
            return "Module(" + m.name() + ")";
        } else if (v instanceof PyBuiltinFunction f) {
            if (builtins.getAttribute(f.name()) == f) {
                return f.name();
            }
            String qualified = f.qualname().contains(".") ? f.qualname() : null;
            if (KraitContext.get(null).modules().get("math") instanceof PyModule math && math.getAttribute(f.name()) == f) {
                qualified = "math." + f.name();
            }
            return qualified != null && Intrinsics.exists(qualified) ? qualified : null;
        } else if (v instanceof PyType t) {
            if (t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                return "class(" + t.name() + ")";
            }
            return "builtins".equals(t.module()) && builtins.getAttribute(t.name()) == t ? t.name() : null;
        }
        return null;
    }

    private PyException untypedGlobal(String id, Object v, Pos pos) {
        return error("Untyped global name '" + id + "': Cannot determine Numba type of <class '"
                + Ops.typeName(v) + "'>", pos);
    }

    JitType binary(Operator op, JitType l, JitType r, Pos pos) {
        JitType result = Operators.binary(op, l, r);
        if (result == null) {
            throw error("No implementation of function Function(<built-in function " + Operators.name(op)
                    + ">) found for signature:\n \n >>> " + Operators.name(op) + "(" + l.typeName() + ", " + r.typeName()
                    + ")", pos);
        }
        return result;
    }

    private JitType unary(Expr.UnaryOp u) {
        JitType t = expr(u.operand());
        if (t == null) {
            return null;
        }
        if (u.op() == UnaryOperator.NOT) {
            if (!(t instanceof Scalar) && !(t instanceof TupleType) && !(t instanceof OptionalType)) {
                throw error("The truth value of a value of type " + t.typeName() + " is ambiguous in jitted code",
                        u.pos());
            }
            return Scalar.BOOL;
        }
        JitType result = Operators.unary(u.op(), t);
        if (result == null) {
            String name = Operators.name(u.op());
            throw error("No implementation of function Function(<built-in function " + name
                    + ">) found for signature:\n \n >>> " + name + "(" + t.typeName() + ")", u.pos());
        }
        return result;
    }

    private JitType boolOp(Expr.BoolOp b) {
        JitType result = null;
        boolean known = true;
        for (Expr v : b.values()) {
            JitType t = expr(v);
            if (t == null) {
                known = false;
                continue;
            }
            if (!(t instanceof Scalar s) || s == Scalar.NONE) {
                throw error("'" + b.op().name().toLowerCase() + "' of a value of type " + t.typeName()
                        + " is not supported in jitted code", v.pos());
            }
            result = Unify.unify(result, widened(t));
        }
        return known ? result : null;
    }

    private JitType compare(Expr.Compare c) {
        JitType left = expr(c.left());
        boolean known = left != null;
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            Expr rightExpr = c.comparators().get(i);
            JitType right = expr(rightExpr);
            if (left != null && right != null && !Operators.comparable(op, left, right)) {
                String name = Operators.name(op);
                throw error("No implementation of function Function(<built-in function " + name
                        + ">) found for signature:\n \n >>> " + name + "(" + left.typeName() + ", " + right.typeName()
                        + ")", Pos.span(i == 0 ? c.left().pos() : c.comparators().get(i - 1).pos(),
                        rightExpr.pos()));
            }
            known &= right != null;
            left = right;
        }
        return known ? Scalar.BOOL : null;
    }

    private JitType attribute(Expr.Attribute a) {
        JitType t = expr(a.value());
        if (t == null) {
            return null;
        }
        String attr = a.attr();
        if (t instanceof GlobalRef g && g.value() instanceof PyModule m) {
            if (m.name().equals("math")) {
                Double c = Intrinsics.mathConstant(attr);
                if (c != null) {
                    return Scalar.FLOAT64;
                }
                if (Intrinsics.exists("math." + attr)) {
                    return new GlobalRef(m, "math." + attr);
                }
                throw error("Unknown attribute '" + attr + "' of type Module(math) (not supported in jitted code)",
                        a.pos());
            }
            if (m.name().equals("numpy")) {
                return NumpyTyping.attribute(this, m, a);
            }
            throw error("Module '" + m.name() + "' is not supported in jitted code", a.value().pos());
        }
        if (t instanceof Scalar s && s.isNumber()) {
            switch (attr) {
                case "real", "imag" -> {
                    return s.widen() == Scalar.COMPLEX128 ? Scalar.FLOAT64 : s.widen() == Scalar.BOOL
                            ? Scalar.INT64 : s.widen();
                }
                case "conjugate" -> {
                    return new GlobalRef(s, "BoundFunction(" + s.typeName() + ".conjugate)");
                }
                default -> {
                }
            }
        }
        if (t instanceof ArrayType arr) {
            if (ArrayReductions.KINDS.containsKey(attr)) {
                return new GlobalRef(arr, "ArrayMethod(" + attr + ")");
            }
            switch (attr) {
                case "shape" -> {
                    return uniTuple(Scalar.INT64, arr.ndim());
                }
                case "strides" -> {
                    return uniTuple(Scalar.INT64, arr.ndim());
                }
                case "size", "ndim" -> {
                    return Scalar.INT64;
                }
                default -> {
                }
            }
        }
        throw error("Unknown attribute '" + attr + "' of type " + t.typeName(), a.pos());
    }

    private static TupleType uniTuple(JitType item, int n) {
        List<JitType> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(item);
        }
        return new TupleType(items);
    }

    private JitType subscript(Expr.Subscript s) {
        JitType container = expr(s.value());
        Expr index = s.slice();
        if (container instanceof ArrayType arr) {
            return ArrayTyping.subscript(this, arr, s);
        }
        if (container instanceof TupleType tuple) {
            if (index instanceof Expr.Slice slice) {
                int[] bounds = TupleSlices.bounds(slice, tuple.size());
                if (bounds == null) {
                    throw error("Tuple slices need constant bounds in jitted code", slice.pos());
                }
                List<JitType> items = new ArrayList<>();
                for (int i : TupleSlices.indices(bounds)) {
                    items.add(tuple.get(i));
                }
                return new TupleType(items);
            }
            Long constant = TupleSlices.constantIndex(index);
            if (constant != null) {
                long i = constant < 0 ? constant + tuple.size() : constant;
                if (i < 0 || i >= tuple.size()) {
                    throw error("IndexError: tuple index out of range", s.pos());
                }
                expr(index);
                return tuple.get((int) i);
            }
            JitType it = expr(index);
            if (it != null && !(it instanceof Scalar sc && sc.isInteger())) {
                throw error("Tuple indices must be integers, not " + it.typeName(), index.pos());
            }
            if (tuple.uniform() == null) {
                throw error("Cannot index " + tuple.typeName() + " with a variable: its items have different types",
                        s.pos());
            }
            return tuple.uniform();
        }
        if (container != null) {
            expr(index);
            throw error("No implementation of function Function(<built-in function getitem>) found for signature:"
                    + "\n \n >>> getitem(" + container.typeName() + ", " + nameOf(ft.types.get(index)) + ")", s.pos());
        }
        expr(index);
        return null;
    }

    private static String nameOf(JitType t) {
        return t == null ? "?" : t.typeName();
    }

    // ---- calls ------------------------------------------------------------------------------------------------

    private JitType call(Expr.Call c) {
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw error("*args in calls are not supported in jitted code", a.pos());
            }
        }
        JitType callee = expr(c.func());
        if (!(callee instanceof GlobalRef ref)) {
            if (callee == null) {
                c.args().forEach(this::expr);
                return null;
            }
            throw error("Cannot call a value of type " + callee.typeName(), c.func().pos());
        }
        if (ref.value() instanceof Dispatcher d) {
            return jitCall(c, d);
        }
        if (ref.typeName().equals("print")) {
            return print(c);
        }
        if (ArrayReductions.isReduction(ref)) {
            return ArrayReductions.type(this, ref, c);
        }
        if (NumpyTyping.isArrayConstructor(ref)) {
            CallInfo.NewArray info = NumpyTyping.newArray(this, ref, c);
            if (info == null) {
                return null;
            }
            ft.calls.put(c, info);
            return info.type();
        }
        if (!c.keywords().isEmpty()) {
            throw error("Keyword arguments are not supported when calling " + ref.typeName() + " in jitted code",
                    c.keywords().get(0).pos());
        }
        List<JitType> args = new ArrayList<>();
        boolean known = true;
        for (Expr a : c.args()) {
            JitType t = expr(a);
            known &= t != null;
            args.add(t);
        }
        String name = ref.typeName();
        if (name.startsWith("BoundFunction(")) {
            if (!args.isEmpty()) {
                throw error("conjugate() takes no arguments", c.pos());
            }
            ft.calls.put(c, new CallInfo.Conjugate(((Expr.Attribute) c.func()).value()));
            return ((Scalar) ref.value()).widen() == Scalar.BOOL ? Scalar.INT64 : ((Scalar) ref.value()).widen();
        }
        if (!known) {
            return null;
        }
        switch (name) {
            case "range", "prange" -> {
                if (args.isEmpty() || args.size() > 3) {
                    throw error(name + "() takes 1 to 3 arguments, got " + args.size(), c.pos());
                }
                for (int i = 0; i < args.size(); i++) {
                    if (!(args.get(i) instanceof Scalar s && s.isInteger())) {
                        throw error("No implementation of function Function(<class 'range'>) found for signature:"
                                + "\n \n >>> range(" + joinNames(args) + ")", c.args().get(i).pos());
                    }
                }
                boolean parallel = name.equals("prange") && ft.options().parallel();
                ft.calls.put(c, new CallInfo.RangeCall(parallel, c.args()));
                return new RangeType(parallel);
            }
            case "len" -> {
                if (args.size() != 1) {
                    throw error("len() takes exactly one argument", c.pos());
                }
                JitType t = args.get(0);
                if (!(t instanceof TupleType || t instanceof RangeType || t instanceof ArrayType)) {
                    throw error("No implementation of function Function(<built-in function len>) found for signature:"
                            + "\n \n >>> len(" + t.typeName() + ")", c.pos());
                }
                ft.calls.put(c, new CallInfo.Len(c.args().get(0)));
                return Scalar.INT64;
            }
            case "min", "max" -> {
                return minMax(c, name.equals("max"), args);
            }
            case "int", "float", "bool", "complex" -> {
                if (args.isEmpty()) {
                    JitType t = switch (name) {
                        case "int" -> Scalar.INT64;
                        case "float" -> Scalar.FLOAT64;
                        case "bool" -> Scalar.BOOL;
                        default -> Scalar.COMPLEX128;
                    };
                    ft.calls.put(c, new CallInfo.Zero(t));
                    return t;
                }
            }
            default -> {
            }
        }
        if (!Intrinsics.exists(name)) {
            throw error("Function " + displayName(name) + " is not supported in jitted code", c.func().pos());
        }
        Intrinsic i = Intrinsics.resolve(name, args);
        if (i == null) {
            StringBuilder sb = new StringBuilder("No implementation of function Function(<built-in function ")
                    .append(name.substring(name.indexOf('.') + 1)).append(">) found for signature:\n \n >>> ")
                    .append(name.substring(name.indexOf('.') + 1)).append('(').append(joinNames(args))
                    .append(")\n \nKnown signatures:");
            for (Intrinsic o : Intrinsics.overloads(name)) {
                sb.append("\n * ").append(o.signature());
            }
            throw error(sb.toString(), c.pos());
        }
        ft.calls.put(c, new CallInfo.IntrinsicCall(i, c.args()));
        return i.result();
    }

    /** {@code print(...)} of strings and numbers (no keywords, as in Numba); not inside prange loops. */
    private JitType print(Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw error("print() in jitted code takes no keyword arguments", c.keywords().get(0).pos());
        }
        if (parallelDepth > 0) {
            throw error("print() is not supported inside prange loops", c.pos());
        }
        for (Expr a : c.args()) {
            if (!(a instanceof Expr.Constant k && k.value() instanceof String)) {
                JitType t = expr(a);
                if (t instanceof RangeType || t instanceof GlobalRef) {
                    throw error("Cannot print a value of type " + t.typeName() + " in jitted code", a.pos());
                }
            }
        }
        ft.calls.put(c, new CallInfo.Print(c.args()));
        return Scalar.NONE;
    }

    private static String displayName(String name) {
        return name.startsWith("class(") ? name.substring(6, name.length() - 1) : name;
    }

    private JitType minMax(Expr.Call c, boolean max, List<JitType> args) {
        String name = max ? "max" : "min";
        if (args.size() == 1) {
            if (args.get(0) instanceof TupleType t && t.uniform() instanceof Scalar s && s.isNumber()
                    && s.widen() != Scalar.COMPLEX128) {
                ft.calls.put(c, new CallInfo.MinMaxTuple(max, c.args().get(0)));
                return s.widen();
            }
            if (args.get(0) instanceof ArrayType a && a.dtype().widen() != Scalar.COMPLEX128) {
                ft.calls.put(c, new CallInfo.MinMaxTuple(max, c.args().get(0)));
                return a.dtype().widen();
            }
            throw error("No implementation of function Function(<built-in function " + name
                    + ">) found for signature:\n \n >>> " + name + "(" + args.get(0).typeName() + ")", c.pos());
        }
        if (args.isEmpty()) {
            throw error(name + " expected at least 1 argument, got 0", c.pos());
        }
        JitType result = null;
        for (JitType t : args) {
            if (!(t instanceof Scalar s) || !s.isNumber() || s.widen() == Scalar.COMPLEX128) {
                throw error("No implementation of function Function(<built-in function " + name
                        + ">) found for signature:\n \n >>> " + name + "(" + joinNames(args) + ")", c.pos());
            }
            result = Unify.unify(result, s.widen());
        }
        ft.calls.put(c, new CallInfo.MinMax(max, result, c.args()));
        return result;
    }

    private static String joinNames(List<JitType> types) {
        StringJoiner j = new StringJoiner(", ");
        types.forEach(t -> j.add(t.typeName()));
        return j.toString();
    }

    /** A call to a jitted function: bind arguments to its parameters, then type (or compile) it for them. */
    private JitType jitCall(Expr.Call c, Dispatcher d) {
        JitFunction callee = d.function();
        List<String> params = callee.params();
        Object[] defaults = callee.pyFunc().defaults;
        int firstDefault = params.size() - defaults.length;
        Expr[] bound = new Expr[params.size()];
        if (c.args().size() > params.size()) {
            throw error(callee.name() + "() takes " + params.size() + " positional arguments but "
                    + c.args().size() + " were given", c.pos());
        }
        for (int i = 0; i < c.args().size(); i++) {
            bound[i] = c.args().get(i);
        }
        for (Keyword k : c.keywords()) {
            int i = k.arg() == null ? -1 : params.indexOf(k.arg());
            if (i < 0) {
                throw error(callee.name() + "() got an unexpected keyword argument '" + k.arg() + "'", k.pos());
            }
            if (bound[i] != null) {
                throw error(callee.name() + "() got multiple values for argument '" + k.arg() + "'", k.pos());
            }
            bound[i] = k.value();
        }
        List<JitType> argTypes = new ArrayList<>();
        List<Object> defaultValues = new ArrayList<>();
        boolean known = true;
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] != null) {
                JitType t = expr(bound[i]);
                if (t instanceof RangeType || t instanceof GlobalRef) {
                    throw error("Cannot pass a value of type " + t.typeName() + " to a jitted function", bound[i].pos());
                }
                known &= t != null;
                argTypes.add(t == null ? null : widened(t));
                defaultValues.add(null);
            } else if (i >= firstDefault) {
                Object v = defaults[i - firstDefault];
                JitType t = Typeof.of(v);
                if (t == null) {
                    throw error("The default value of parameter '" + params.get(i) + "' of " + callee.name()
                            + "() has an unsupported type '" + Ops.typeName(v) + "'", c.pos());
                }
                argTypes.add(t);
                defaultValues.add(v);
            } else {
                throw error(callee.name() + "() missing required argument: '" + params.get(i) + "'", c.pos());
            }
        }
        if (!known) {
            return null;
        }
        FunctionTyping target = session.callee(d, argTypes, this, c.pos());
        ft.calls.put(c, new CallInfo.JitCall(target, java.util.Arrays.asList(bound), defaultValues));
        return target.returnType();
    }

    PyException error(String message, Pos pos) {
        return JitErrors.typingError(message + "\n\n" + SourceExcerpt.of(fn.source(), pos));
    }

    FunctionTyping typing() {
        return ft;
    }
}
