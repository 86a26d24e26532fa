package org.krait.stdlib;

import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;

import java.util.Set;

/**
 * {@code gc}: the JVM's garbage collector behind CPython's interface. There is no reference counting and no cycle
 * collector to switch off: {@code collect()} asks the JVM for a full collection (and returns 0, having no count
 * of unreachable objects), while {@code disable()}, the thresholds and {@code freeze()} are remembered for the
 * program to read back but do not change when the JVM collects.
 */
public final class GcModule implements ModuleProvider {
    @Override
    public Set<String> moduleNames() {
        return Set.of("gc");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        long[] thresholds = {700, 10, 10};
        m.def("gc.collect", "generation=2", a -> {
            long generation = Ops.index(a[0]);
            if (generation < 0 || generation > 2) {
                throw PyErrors.valueError("invalid generation");
            }
            System.gc();
            return 0L;
        });
        m.def("gc.enable", "", a -> {
            enabled[0] = true;
            return PyNone.NONE;
        });
        m.def("gc.disable", "", a -> {
            enabled[0] = false;
            return PyNone.NONE;
        });
        m.def("gc.isenabled", "", a -> enabled[0]);
        m.def("gc.get_threshold", "", a -> PyTuple.of(thresholds[0], thresholds[1], thresholds[2]));
        m.def("gc.set_threshold", "threshold0, threshold1=None, threshold2=None, /", a -> {
            for (int i = 0; i < 3; i++) {
                if (a[i] != PyNone.NONE) {
                    thresholds[i] = Ops.index(a[i]);
                }
            }
            return PyNone.NONE;
        });
        m.def("gc.get_count", "", a -> PyTuple.of(0L, 0L, 0L));
        m.def("gc.freeze", "", a -> PyNone.NONE);
        m.def("gc.unfreeze", "", a -> PyNone.NONE);
        m.def("gc.get_freeze_count", "", a -> 0L);
        m.setAttribute("callbacks", new PyList());
        m.setAttribute("garbage", new PyList());
        m.setAttribute("DEBUG_STATS", 1L);
        m.setAttribute("DEBUG_COLLECTABLE", 2L);
        m.setAttribute("DEBUG_UNCOLLECTABLE", 4L);
        m.setAttribute("DEBUG_SAVEALL", 32L);
        m.setAttribute("DEBUG_LEAK", 38L);
        return m;
    }
}
