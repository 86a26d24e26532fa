package org.krait.builtins;

import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Operator;
import org.krait.runtime.Arith;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

import static org.krait.builtins.Defs.method;

/**
 * Special methods of the built-in types, for Python code that calls them explicitly
 * ({@code super().__eq__(other)}, {@code int.__add__(1, 2)}, {@code object.__init__(self)}). They implement
 * the built-in behaviour directly and never dispatch back to the type's own special methods, so the
 * runtime may call them from its generic protocol code without recursion.
 */
final class Dunders {
    private Dunders() {
    }

    static final Object NI = Singletons.NOT_IMPLEMENTED;

    static void install() {
        installObject();
        PyType[] valueTypes = {PyType.INT, PyType.FLOAT, PyType.COMPLEX, PyType.STR, PyType.BYTES, PyType.LIST, PyType.TUPLE,
            PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.RANGE, PyType.SLICE, PyType.NONE_TYPE};
        for (PyType t : valueTypes) {
            method(t, "__repr__", "self", a -> Repr.reprBuiltin(a[0]));
            method(t, "__str__", "self", a -> Repr.strBuiltin(a[0]));
            for (CmpOp op : new CmpOp[]{CmpOp.EQ, CmpOp.NOTEQ, CmpOp.LT, CmpOp.LTE, CmpOp.GT, CmpOp.GTE}) {
                method(t, op.dunder(), "self, value, /", a -> compare(t, op, a[0], a[1]));
            }
            boolean mutable = t == PyType.LIST || t == PyType.DICT || t == PyType.SET;
            if (mutable) {
                t.define("__hash__", PyNone.NONE);
            } else {
                method(t, "__hash__", "self", a -> Ops.hashBuiltin(a[0]));
            }
        }
        for (PyType t : new PyType[]{PyType.INT, PyType.FLOAT, PyType.COMPLEX, PyType.STR}) {
            method(t, "__format__", "self, format_spec, /", a -> Repr.format(a[0],
                    Args.str(a[1], "__format__() argument")));
        }
        for (PyType t : new PyType[]{PyType.INT, PyType.FLOAT, PyType.COMPLEX}) {
            method(t, "__bool__", "self", a -> Ops.isTrueBuiltin(a[0]));
            method(t, "__neg__", "self", a -> Arith.negate(a[0]));
            method(t, "__pos__", "self", a -> Arith.positive(a[0]));
            method(t, "__abs__", "self", a -> Arith.abs(a[0]));
            if (t == PyType.COMPLEX) {
                method(t, "__pow__", "self, value, mod=None, /", a -> !numeric(t, a[1]) ? NI
                        : a[2] == PyNone.NONE ? Arith.binaryBuiltin(Operator.POW, a[0], a[1], false) : complexModulo());
                method(t, "__rpow__", "self, value, mod=None, /", a -> !numeric(t, a[1]) ? NI
                        : a[2] == PyNone.NONE ? Arith.binaryBuiltin(Operator.POW, a[1], a[0], false) : complexModulo());
                continue;
            }
            method(t, "__divmod__", "self, value, /", a -> numeric(t, a[1]) ? BuiltinFunctions.divmod(a[0], a[1]) : NI);
            method(t, "__rdivmod__", "self, value, /", a -> numeric(t, a[1]) ? BuiltinFunctions.divmod(a[1], a[0]) : NI);
            method(t, "__pow__", "self, value, mod=None, /", a -> !numeric(t, a[1]) ? NI
                    : a[2] == PyNone.NONE ? Arith.binaryBuiltin(Operator.POW, a[0], a[1], false)
                    : Arith.powMod(a[0], a[1], a[2]));
            method(t, "__rpow__", "self, value, mod=None, /", a -> !numeric(t, a[1]) ? NI
                    : a[2] == PyNone.NONE ? Arith.binaryBuiltin(Operator.POW, a[1], a[0], false)
                    : Arith.powMod(a[1], a[0], a[2]));
        }
        method(PyType.INT, "__invert__", "self", a -> Arith.invert(a[0]));
        binaries(PyType.INT, new Operator[]{Operator.ADD, Operator.SUB, Operator.MULT, Operator.DIV,
            Operator.FLOORDIV, Operator.MOD, Operator.BITAND, Operator.BITOR, Operator.BITXOR, Operator.LSHIFT,
            Operator.RSHIFT});
        binaries(PyType.FLOAT, new Operator[]{Operator.ADD, Operator.SUB, Operator.MULT, Operator.DIV,
            Operator.FLOORDIV, Operator.MOD});
        binaries(PyType.COMPLEX, new Operator[]{Operator.ADD, Operator.SUB, Operator.MULT, Operator.DIV});
        for (PyType t : new PyType[]{PyType.STR, PyType.BYTES, PyType.LIST, PyType.TUPLE}) {
            method(t, "__add__", "self, value, /", a -> PyType.of(a[1]).isSubtypeOf(t)
                    ? Arith.binaryBuiltin(Operator.ADD, a[0], a[1], false) : NI);
            method(t, "__mul__", "self, value, /", a -> Ops.isInt(a[1])
                    ? Arith.binaryBuiltin(Operator.MULT, a[0], a[1], false) : NI);
            method(t, "__rmul__", "self, value, /", a -> Ops.isInt(a[1])
                    ? Arith.binaryBuiltin(Operator.MULT, a[0], a[1], false) : NI);
        }
        method(PyType.STR, "__mod__", "self, value, /", a -> Repr.percentFormat((String) a[0], a[1]));
        method(PyType.STR, "__contains__", "self, key, /", a -> Ops.containsBuiltin(a[0], a[1]));
        method(PyType.STR, "__getitem__", "self, key, /", a -> Ops.getItemBuiltin(a[0], a[1]));
        method(PyType.STR, "__iter__", "self", a -> Ops.iterBuiltin(a[0]));
        method(PyType.BYTES, "__contains__", "self, key, /", a -> Ops.containsBuiltin(a[0], a[1]));
        method(PyType.BYTES, "__getitem__", "self, key, /", a -> Ops.getItemBuiltin(a[0], a[1]));
        method(PyType.BYTES, "__iter__", "self", a -> Ops.iterBuiltin(a[0]));
        method(PyType.LIST, "__setitem__", "self, key, value, /", a -> {
            Ops.setItemBuiltin(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        method(PyType.LIST, "__delitem__", "self, key, /", a -> {
            Ops.delItemBuiltin(a[0], a[1]);
            return PyNone.NONE;
        });
        method(PyType.LIST, "__iadd__", "self, value, /", a -> Arith.binaryBuiltin(Operator.ADD, a[0], a[1], true));
        method(PyType.LIST, "__imul__", "self, value, /", a -> Arith.binaryBuiltin(Operator.MULT, a[0], a[1], true));
        for (PyType t : new PyType[]{PyType.SET, PyType.FROZENSET}) {
            Operator[] ops = {Operator.BITOR, Operator.BITAND, Operator.SUB, Operator.BITXOR};
            for (Operator op : ops) {
                method(t, dunder(op), "self, value, /", a -> a[1] instanceof org.krait.runtime.PySet
                        ? Arith.binaryBuiltin(op, a[0], a[1], false) : NI);
            }
        }
        method(PyType.DICT, "__or__", "self, value, /", a -> a[1] instanceof org.krait.runtime.PyDict
                ? Arith.binaryBuiltin(Operator.BITOR, a[0], a[1], false) : NI);
        method(PyType.DICT, "__ior__", "self, value, /", a -> {
            ContainerMethods.update((org.krait.runtime.PyDict) a[0], a[1]);
            return a[0];
        });
    }

    static String dunder(Operator op) {
        return switch (op) {
            case ADD -> "__add__";
            case SUB -> "__sub__";
            case MULT -> "__mul__";
            case DIV -> "__truediv__";
            case FLOORDIV -> "__floordiv__";
            case MOD -> "__mod__";
            case BITAND -> "__and__";
            case BITOR -> "__or__";
            case BITXOR -> "__xor__";
            case LSHIFT -> "__lshift__";
            case RSHIFT -> "__rshift__";
            case POW -> "__pow__";
            default -> null;
        };
    }

    private static boolean numeric(PyType t, Object other) {
        return t == PyType.INT ? Ops.isInt(other) : t == PyType.COMPLEX ? PyComplex.isOperand(other)
                : Ops.isInt(other) || other instanceof Double;
    }

    private static Object complexModulo() {
        throw PyErrors.valueError("complex modulo");
    }

    private static void binaries(PyType t, Operator[] ops) {
        for (Operator op : ops) {
            String name = dunder(op);
            method(t, name, "self, value, /", a -> numeric(t, a[1]) ? Arith.binaryBuiltin(op, a[0], a[1], false) : NI);
            method(t, "__r" + name.substring(2), "self, value, /", a -> numeric(t, a[1])
                    ? Arith.binaryBuiltin(op, a[1], a[0], false) : NI);
        }
    }

    private static Object compare(PyType t, CmpOp op, Object a, Object b) {
        boolean sameKind = t == PyType.INT ? Ops.isInt(b)
                : t == PyType.FLOAT ? Ops.isNumber(b)
                : t == PyType.COMPLEX ? PyComplex.isOperand(b)
                : t == PyType.SET || t == PyType.FROZENSET ? b instanceof org.krait.runtime.PySet
                : PyType.of(b).isSubtypeOf(t);
        if (!sameKind) {
            return NI;
        }
        try {
            return Ops.compareBuiltin(op, a, b);
        } catch (PyException e) {
            if (Args.isInstance(e, ExceptionTypes.TYPE_ERROR)) {
                return NI;
            }
            throw e;
        }
    }

    private static void installObject() {
        PyType t = PyType.OBJECT;
        method(t, "__init__", "self, *args, **kwargs", a -> PyNone.NONE);
        method(t, "__eq__", "self, value, /", a -> a[0] == a[1] ? Boolean.TRUE : NI);
        method(t, "__ne__", "self, value, /", a -> {
            Object eq = PyType.of(a[0]).lookup("__eq__");
            Object r = eq == null ? NI : Calls.call(eq, a[0], a[1]);
            return r == NI ? NI : !Ops.isTrue(r);
        });
        for (String cmp : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            method(t, cmp, "self, value, /", a -> NI);
        }
        method(t, "__hash__", "self", a -> (long) System.identityHashCode(a[0]));
        method(t, "__repr__", "self", a -> defaultRepr(a[0]));
        method(t, "__str__", "self", a -> Repr.repr(a[0]));
        method(t, "__format__", "self, format_spec, /", a -> {
            String spec = Args.str(a[1], "__format__() argument");
            if (!spec.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to " + Ops.typeName(a[0]) + ".__format__");
            }
            return Repr.str(a[0]);
        });
        Defs.plain(t, "__init_subclass__", "*args, **kwargs", a -> PyNone.NONE);
        Defs.plain(t, "__subclasshook__", "*args, **kwargs", a -> NI);
        method(t, "__dir__", "self", a -> BuiltinFunctions.dir(a[0]));
        method(t, "__reduce_ex__", "self, protocol, /", a -> {
            throw PyErrors.typeError("cannot pickle '" + Ops.typeName(a[0]) + "' object");
        });
    }

    /** {@code <module.Name object at 0x...>} without consulting any {@code __repr__}. */
    static String defaultRepr(Object o) {
        PyType t = PyType.of(o);
        String name = "builtins".equals(t.module()) ? t.name() : t.module() + "." + t.name();
        return "<" + name + " object at " + Repr.address(o) + ">";
    }
}
