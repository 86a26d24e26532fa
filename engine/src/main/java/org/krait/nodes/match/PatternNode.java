package org.krait.nodes.match;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.krait.nodes.ExprNode;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.Attributes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyRange;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.util.Arrays;

/**
 * A pattern of a {@code case} clause: tests a subject and binds the names it captures. One subclass per
 * kind of pattern in PEP 634.
 */
public abstract class PatternNode extends Node {
    public abstract boolean match(VirtualFrame frame, Object subject);

    /** {@code case 42}, {@code case "x"}, {@code case Color.RED}: equality. */
    public static final class Value extends PatternNode {
        @Child private ExprNode value;

        public Value(ExprNode value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            return Ops.eq(subject, value.execute(frame));
        }
    }

    /** {@code case None}, {@code case True}: identity. */
    public static final class Singleton extends PatternNode {
        private final Object value;

        public Singleton(Object value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            return subject == value || value instanceof Boolean b && subject instanceof Boolean s && b == s;
        }
    }

    /** {@code case p as name}, {@code case name} (no pattern: always matches) and {@code case _}. */
    public static final class As extends PatternNode {
        @Child private PatternNode pattern;
        @Child private TargetNode target;

        public As(PatternNode pattern, TargetNode target) {
            this.pattern = pattern;
            this.target = target;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject) {
            if (pattern != null && !pattern.match(frame, subject)) {
                return false;
            }
            if (target != null) {
                target.assign(frame, subject);
            }
            return true;
        }
    }

    /** {@code case a | b}. */
    public static final class Or extends PatternNode {
        @Children private final PatternNode[] alternatives;

        public Or(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            for (PatternNode p : alternatives) {
                if (p.match(frame, subject)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code case [a, *rest, b]}: a sequence (not str, bytes or dict) of matching length and items. */
    public static final class Sequence extends PatternNode {
        @Children private final PatternNode[] items;
        /** Index of the starred item, or -1; the starred item's pattern binds the list of the items it covers. */
        private final int star;

        public Sequence(PatternNode[] items, int star) {
            this.items = items;
            this.star = star;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            Object[] values = sequenceItems(subject);
            if (values == null || (star < 0 ? values.length != items.length : values.length < items.length - 1)) {
                return false;
            }
            int rest = values.length - (items.length - 1);
            for (int i = 0; i < items.length; i++) {
                Object v = star < 0 || i < star ? values[i]
                        : i == star ? new PyList(Arrays.copyOfRange(values, star, star + rest)) : values[i - 1 + rest];
                if (!items[i].match(frame, v)) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary
        private static Object[] sequenceItems(Object subject) {
            return subject instanceof PyList || subject instanceof PyTuple || subject instanceof PyRange
                    ? Ops.toArray(subject) : null;
        }
    }

    /** {@code case {"k": p, **rest}}: a mapping with these keys, the values matching. */
    public static final class Mapping extends PatternNode {
        @Children private final ExprNode[] keys;
        @Children private final PatternNode[] values;
        @Child private TargetNode rest;

        public Mapping(ExprNode[] keys, PatternNode[] values, TargetNode rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            if (!(subject instanceof PyDict d)) {
                return false;
            }
            Object[] found = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                found[i] = keys[i].execute(frame);
                Object v = d.get(found[i]);
                if (v == null || !values[i].match(frame, v)) {
                    return false;
                }
            }
            if (rest != null) {
                rest.assign(frame, remaining(d, found));
            }
            return true;
        }

        @TruffleBoundary
        private static PyDict remaining(PyDict d, Object[] matchedKeys) {
            PyDict out = new PyDict();
            for (Object k : Ops.toArray(d)) {
                out.put(k, d.get(k));
            }
            for (Object k : matchedKeys) {
                out.remove(k);
            }
            return out;
        }
    }

    /** {@code case Point(x, y=0)}: an instance of the class, positional sub-patterns via {@code __match_args__}. */
    public static final class ClassPattern extends PatternNode {
        private static final PyType[] SELF_MATCHING = {PyType.BOOL, PyType.BYTEARRAY, PyType.BYTES, PyType.DICT,
            PyType.FLOAT, PyType.FROZENSET, PyType.INT, PyType.LIST, PyType.SET, PyType.STR, PyType.TUPLE};

        @Child private ExprNode cls;
        @Children private final PatternNode[] positional;
        private final String[] keywords;
        @Children private final PatternNode[] keywordPatterns;

        public ClassPattern(ExprNode cls, PatternNode[] positional, String[] keywords, PatternNode[] keywordPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.keywords = keywords;
            this.keywordPatterns = keywordPatterns;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject) {
            if (!(cls.execute(frame) instanceof PyType type)) {
                throw PyErrors.typeError("called match pattern must be a class");
            }
            if (!PyType.of(subject).isSubtypeOf(type)) {
                return false;
            }
            String[] names = positional.length == 0 ? new String[0] : matchArgs(type, positional.length);
            for (int i = 0; i < positional.length; i++) {
                Object v = names[i] == null ? subject : Attributes.getOrNull(subject, names[i]);
                if (v == null || !positional[i].match(frame, v)) {
                    return false;
                }
            }
            for (int i = 0; i < keywords.length; i++) {
                Object v = Attributes.getOrNull(subject, keywords[i]);
                if (v == null || !keywordPatterns[i].match(frame, v)) {
                    return false;
                }
            }
            return true;
        }

        /** The attribute for each positional sub-pattern (null: the subject itself, for int(x), str(s)...). */
        @TruffleBoundary
        private static String[] matchArgs(PyType type, int count) {
            for (PyType t : SELF_MATCHING) {
                if (type == t || !type.isHeap() && type.isSubtypeOf(t)) {
                    if (count > 1) {
                        throw PyErrors.typeError(type.name() + "() accepts 1 positional sub-pattern (" + count
                                + " given)");
                    }
                    return new String[1];
                }
            }
            Object args = Attributes.getOrNull(type, "__match_args__");
            Object[] names = args instanceof PyTuple t ? t.items() : new Object[0];
            if (args != null && !(args instanceof PyTuple)) {
                throw PyErrors.typeError(type.name() + ".__match_args__ must be a tuple (got " + Ops.typeName(args) + ")");
            }
            if (count > names.length) {
                throw PyErrors.typeError(type.name() + "() accepts " + names.length + " positional sub-pattern"
                        + (names.length == 1 ? "" : "s") + " (" + count + " given)");
            }
            String[] out = new String[count];
            for (int i = 0; i < count; i++) {
                out[i] = (String) names[i];
            }
            return out;
        }
    }
}
