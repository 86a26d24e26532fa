package org.krait.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.krait.parser.ast.BoolOperator;
import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Ctx;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Mod;
import org.krait.parser.ast.Node;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.UnaryOperator;

/**
 * Renders an AST exactly like CPython 3.11's {@code ast.dump(tree)} (no attributes, no indent), so trees can
 * be compared with CPython directly. Debugging/test aid; uses reflection over the record components.
 */
public final class AstDump {
    private AstDump() {
    }

    public static String dump(Node node) {
        StringBuilder sb = new StringBuilder();
        node(node, sb);
        return sb.toString();
    }

    private static void node(Node n, StringBuilder sb) {
        Class<?> c = n.getClass();
        sb.append(nodeName(c)).append('(');
        boolean first = true;
        for (RecordComponent rc : c.getRecordComponents()) {
            if (rc.getName().equals("pos")) {
                continue;
            }
            Object v;
            try {
                v = rc.getAccessor().invoke(n);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) {
                continue; // only optional fields are ever null, and ast.dump omits those
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(snake(rc.getName())).append('=');
            if (v instanceof Boolean b && !(n instanceof Expr.Constant)
                    && !(n instanceof org.krait.parser.ast.Pattern.MatchSingleton)) {
                sb.append(b ? 1 : 0); // is_async / simple are ints in CPython
            } else {
                value(v, sb);
            }
        }
        if (n instanceof Mod.Module) {
            sb.append(", type_ignores=[]");
        }
        sb.append(')');
    }

    private static void value(Object v, StringBuilder sb) {
        switch (v) {
            case null -> sb.append("None");
            case Node n -> node(n, sb);
            case List<?> l -> {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    value(l.get(i), sb);
                }
                sb.append(']');
            }
            case Ctx ctx -> sb.append(switch (ctx) {
                case LOAD -> "Load()";
                case STORE -> "Store()";
                case DEL -> "Del()";
            });
            case Operator op -> sb.append(switch (op) {
                case ADD -> "Add";
                case SUB -> "Sub";
                case MULT -> "Mult";
                case MATMULT -> "MatMult";
                case DIV -> "Div";
                case MOD -> "Mod";
                case POW -> "Pow";
                case LSHIFT -> "LShift";
                case RSHIFT -> "RShift";
                case BITOR -> "BitOr";
                case BITXOR -> "BitXor";
                case BITAND -> "BitAnd";
                case FLOORDIV -> "FloorDiv";
            }).append("()");
            case BoolOperator op -> sb.append(op == BoolOperator.AND ? "And()" : "Or()");
            case UnaryOperator op -> sb.append(switch (op) {
                case INVERT -> "Invert";
                case NOT -> "Not";
                case UADD -> "UAdd";
                case USUB -> "USub";
            }).append("()");
            case CmpOp op -> sb.append(switch (op) {
                case EQ -> "Eq";
                case NOTEQ -> "NotEq";
                case LT -> "Lt";
                case LTE -> "LtE";
                case GT -> "Gt";
                case GTE -> "GtE";
                case IS -> "Is";
                case ISNOT -> "IsNot";
                case IN -> "In";
                case NOTIN -> "NotIn";
            }).append("()");
            case Expr.Constant.Special s -> sb.append(s == Expr.Constant.NONE ? "None" : "Ellipsis");
            case Boolean b -> sb.append(b ? "True" : "False");
            case Long l -> sb.append(l);
            case BigInteger b -> sb.append(b);
            case Double d -> sb.append(floatRepr(d));
            case Expr.Constant.Imaginary im -> {
                String r = floatRepr(im.imag());
                sb.append(r.endsWith(".0") ? r.substring(0, r.length() - 2) : r).append('j');
            }
            case String s -> strRepr(s, sb);
            case byte[] b -> bytesRepr(b, sb);
            case Integer i -> sb.append(i);
            default -> sb.append(v);
        }
    }

    private static String nodeName(Class<?> c) {
        return switch (c.getSimpleName()) {
            case "ExprStmt" -> "Expr";
            case "ListExpr" -> "List";
            case "TupleExpr" -> "Tuple";
            case "SetExpr" -> "Set";
            case "DictExpr" -> "Dict";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "Comprehension" -> "comprehension";
            case "MatchCase" -> "match_case";
            default -> c.getSimpleName();
        };
    }

    private static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Python's repr() of a float. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        if (exp >= -4 && exp < 16) {
            String plain = bd.toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.valueOf(Math.abs(exp));
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** Python's repr() of a str. */
    public static void strRepr(String s, StringBuilder sb) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(q);
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    private static void bytesRepr(byte[] b, StringBuilder sb) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        sb.append(q);
    }
}
