package org.krait.jit;

import org.krait.jit.infer.CallInfo;
import org.krait.jit.infer.FunctionTyping;
import org.krait.jit.infer.JitFunction;
import org.krait.jit.infer.SourceExcerpt;
import org.krait.jit.types.JitType;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Stmt;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code f.inspect_types()} and {@code f.inspect_bytecode()} show: the function's source, each line followed
 * by the types inferred there (variables assigned, conditions, calls and what they resolved to, the return), and
 * the generated JVM class as text.
 */
final class Inspection {
    private static final String RULE = "-".repeat(80);

    private Inspection() {
    }

    static String types(FunctionTyping ft) {
        JitFunction fn = ft.function();
        Map<Integer, List<String>> notes = new TreeMap<>();
        for (int i = 0; i < fn.params().size(); i++) {
            note(notes, fn.pos().line(), fn.params().get(i) + " = arg(" + i + ") :: " + ft.argTypes().get(i).typeName());
        }
        statements(ft, fn.body(), notes);
        StringBuilder sb = new StringBuilder();
        sb.append(fn.name()).append(' ').append(ft.signatureText()).append('\n').append(RULE).append('\n');
        sb.append("# File: ").append(SourceExcerpt.fileName(fn.source())).append('\n');
        int[] lines = fn.lines();
        for (int line = lines[0]; line <= lines[1]; line++) {
            String text = SourceExcerpt.line(fn.source(), line);
            sb.append("# --- LINE ").append(line).append(" --- \n");
            sb.append(text).append('\n');
            String indent = text.substring(0, text.length() - text.stripLeading().length());
            for (String n : notes.getOrDefault(line, List.of())) {
                sb.append(indent).append("#   ").append(n).append('\n');
            }
        }
        sb.append("# return type :: ").append(ft.returnType().typeName()).append('\n');
        sb.append("=".repeat(80)).append('\n');
        return sb.toString();
    }

    private static void note(Map<Integer, List<String>> notes, int line, String text) {
        List<String> list = notes.computeIfAbsent(line, k -> new ArrayList<>());
        if (!list.contains(text)) {
            list.add(text);
        }
    }

    private static void statements(FunctionTyping ft, List<Stmt> body, Map<Integer, List<String>> notes) {
        for (Stmt s : body) {
            int line = s.pos().line();
            switch (s) {
                case Stmt.Assign a -> {
                    for (Expr t : a.targets()) {
                        targets(ft, t, notes);
                    }
                    calls(ft, a.value(), notes);
                }
                case Stmt.AugAssign a -> {
                    targets(ft, a.target(), notes);
                    calls(ft, a.value(), notes);
                }
                case Stmt.AnnAssign a -> {
                    if (a.value() != null) {
                        targets(ft, a.target(), notes);
                        calls(ft, a.value(), notes);
                    }
                }
                case Stmt.If i -> {
                    expression(ft, i.test(), notes);
                    statements(ft, i.body(), notes);
                    statements(ft, i.orelse(), notes);
                }
                case Stmt.While w -> {
                    expression(ft, w.test(), notes);
                    statements(ft, w.body(), notes);
                    statements(ft, w.orelse(), notes);
                }
                case Stmt.For f -> {
                    expression(ft, f.iter(), notes);
                    targets(ft, f.target(), notes);
                    statements(ft, f.body(), notes);
                    statements(ft, f.orelse(), notes);
                }
                case Stmt.Return r -> {
                    if (r.value() != null) {
                        calls(ft, r.value(), notes);
                        JitType t = ft.typeOf(r.value());
                        note(notes, line, "$return = " + text(ft, r.value()) + " :: " + (t == null ? "?" : t.typeName()));
                    }
                }
                case Stmt.ExprStmt e -> calls(ft, e.value(), notes);
                default -> {
                }
            }
        }
    }

    private static void targets(FunctionTyping ft, Expr target, Map<Integer, List<String>> notes) {
        Set<String> names = new LinkedHashSet<>();
        collectNames(target, names);
        for (String n : names) {
            JitType t = ft.locals().get(n);
            note(notes, target.pos().line(), n + " :: " + (t == null ? "?" : t.typeName()));
        }
    }

    private static void collectNames(Expr e, Set<String> names) {
        switch (e) {
            case Expr.Name n -> names.add(n.id());
            case Expr.TupleExpr t -> t.elts().forEach(x -> collectNames(x, names));
            case Expr.ListExpr l -> l.elts().forEach(x -> collectNames(x, names));
            default -> {
            }
        }
    }

    private static void expression(FunctionTyping ft, Expr e, Map<Integer, List<String>> notes) {
        calls(ft, e, notes);
        JitType t = ft.typeOf(e);
        if (!(e instanceof Expr.Call)) {
            note(notes, e.pos().line(), text(ft, e) + " :: " + (t == null ? "?" : t.typeName()));
        }
    }

    /** Every call inside {@code e}, with its type and, for jitted callees, the signature it resolved to. */
    private static void calls(FunctionTyping ft, Expr e, Map<Integer, List<String>> notes) {
        switch (e) {
            case Expr.Call c -> {
                c.args().forEach(a -> calls(ft, a, notes));
                JitType t = ft.typeOf(c);
                String what = text(ft, c) + " :: " + (t == null ? "?" : t.typeName());
                CallInfo info = ft.call(c);
                if (info instanceof CallInfo.JitCall jc) {
                    what += "  (calls " + jc.callee().function().name() + jc.callee().signatureText() + ")";
                } else if (info instanceof CallInfo.IntrinsicCall ic) {
                    what += "  (" + ic.intrinsic().name() + ic.intrinsic().signature() + ")";
                }
                note(notes, c.pos().line(), what);
            }
            case Expr.BinOp b -> {
                calls(ft, b.left(), notes);
                calls(ft, b.right(), notes);
            }
            case Expr.UnaryOp u -> calls(ft, u.operand(), notes);
            case Expr.BoolOp b -> b.values().forEach(v -> calls(ft, v, notes));
            case Expr.Compare c -> {
                calls(ft, c.left(), notes);
                c.comparators().forEach(v -> calls(ft, v, notes));
            }
            case Expr.IfExp i -> {
                calls(ft, i.test(), notes);
                calls(ft, i.body(), notes);
                calls(ft, i.orelse(), notes);
            }
            case Expr.TupleExpr t -> t.elts().forEach(v -> calls(ft, v, notes));
            case Expr.Subscript s -> {
                calls(ft, s.value(), notes);
                calls(ft, s.slice(), notes);
            }
            default -> {
            }
        }
    }

    private static String text(FunctionTyping ft, Expr e) {
        String t = SourceExcerpt.text(ft.function().source(), e.pos());
        return t == null ? "<expression>" : t;
    }

    /** The generated class, as ASM's Textifier prints it. */
    static String bytecode(byte[] classBytes) {
        StringWriter out = new StringWriter();
        new ClassReader(classBytes).accept(new TraceClassVisitor(null, new Textifier(), new PrintWriter(out)), 0);
        return out.toString();
    }
}
