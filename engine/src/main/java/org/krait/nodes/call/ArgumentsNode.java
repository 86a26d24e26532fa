package org.krait.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.krait.nodes.ExprNode;
import org.krait.runtime.HashTable;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The argument list of a call: positional arguments (some may be {@code *iterable}) and keyword arguments
 * (a null name marks {@code **mapping}). Evaluates them left to right into arrays.
 */
public final class ArgumentsNode extends Node {
    @Children private final ExprNode[] positional;
    private final boolean[] starred;
    @Children private final ExprNode[] keywordValues;
    private final String[] keywordNames;
    private final boolean simple;

    public ArgumentsNode(ExprNode[] positional, boolean[] starred, String[] keywordNames, ExprNode[] keywordValues) {
        this.positional = positional;
        this.starred = starred;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        boolean s = true;
        for (boolean b : starred) {
            s &= !b;
        }
        for (String n : keywordNames) {
            s &= n != null;
        }
        this.simple = s;
    }

    /** Evaluated arguments: positional values, keyword names and keyword values. */
    public record Evaluated(Object[] args, String[] kwNames, Object[] kwValues) {
    }

    /** Positional values, leaving {@code reserved} empty slots in front (for the callee and {@code self}). */
    @ExplodeLoop
    public Object[] positional(VirtualFrame frame, int reserved) {
        Object[] out = new Object[positional.length + reserved];
        for (int i = 0; i < positional.length; i++) {
            out[i + reserved] = positional[i].execute(frame);
        }
        return out;
    }

    public boolean isSimple() {
        return simple;
    }

    public boolean hasKeywords() {
        return keywordNames.length > 0;
    }

    public String[] keywordNames() {
        return keywordNames;
    }

    @ExplodeLoop
    public Object[] keywordValues(VirtualFrame frame) {
        Object[] out = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            out[i] = keywordValues[i].execute(frame);
        }
        return out;
    }

    /** The general case with {@code *} and {@code **} unpacking. */
    public Evaluated evaluateGeneral(VirtualFrame frame, int reserved) {
        Object[] pos = new Object[positional.length];
        for (int i = 0; i < positional.length; i++) {
            pos[i] = positional[i].execute(frame);
        }
        Object[] kw = keywordValues(frame);
        return expand(pos, kw, reserved);
    }

    @TruffleBoundary
    private Evaluated expand(Object[] pos, Object[] kw, int reserved) {
        List<Object> args = new ArrayList<>(Arrays.asList(new Object[reserved]));
        for (int i = 0; i < pos.length; i++) {
            if (starred[i]) {
                args.addAll(Arrays.asList(Ops.toArray(pos[i])));
            } else {
                args.add(pos[i]);
            }
        }
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < kw.length; i++) {
            if (keywordNames[i] != null) {
                addKeyword(names, values, keywordNames[i], kw[i]);
                continue;
            }
            if (!(kw[i] instanceof PyDict d)) {
                throw PyErrors.typeError("argument after ** must be a mapping, not " + Ops.typeName(kw[i]));
            }
            HashTable t = d.table();
            for (int k = 0; k < t.entryLimit(); k++) {
                if (t.keyAt(k) != null) {
                    if (!(t.keyAt(k) instanceof String name)) {
                        throw PyErrors.typeError("keywords must be strings");
                    }
                    addKeyword(names, values, name, t.valueAt(k));
                }
            }
        }
        return new Evaluated(args.toArray(), names.toArray(new String[0]), values.toArray());
    }

    private static void addKeyword(List<String> names, List<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw PyErrors.typeError("got multiple values for keyword argument '" + name + "'");
        }
        names.add(name);
        values.add(value);
    }
}
