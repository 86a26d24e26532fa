package org.krait.jit;

import org.krait.jit.types.JitType;
import org.krait.runtime.HostObject;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code f.stats}, as in Numba: per signature, how often {@code cache=True} found (or missed) the compiled code. */
public final class CompileStats extends PyObject implements HostObject {
    public static final PyType TYPE = PyType.newBuiltin("numba.core.dispatcher", "_CompileStats");
    private final Map<List<JitType>, long[]> counts = new LinkedHashMap<>();

    CompileStats() {
        super(TYPE);
    }

    synchronized void record(List<JitType> signature, boolean hit) {
        counts.computeIfAbsent(signature, k -> new long[2])[hit ? 0 : 1]++;
    }

    @Override
    public synchronized Object attribute(String name) {
        return switch (name) {
            case "cache_hits" -> counter(0);
            case "cache_misses" -> counter(1);
            default -> null;
        };
    }

    private PyDict counter(int which) {
        PyDict d = new PyDict();
        counts.forEach((sig, c) -> {
            if (c[which] > 0) {
                Object[] items = new Object[sig.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = TypeObject.of(sig.get(i));
                }
                d.put(new PyTuple(items), c[which]);
            }
        });
        return d;
    }

    @Override
    public synchronized String repr() {
        return "_CompileStats(cache_hits=" + org.krait.runtime.Repr.repr(counter(0)) + ", cache_misses="
                + org.krait.runtime.Repr.repr(counter(1)) + ")";
    }
}
