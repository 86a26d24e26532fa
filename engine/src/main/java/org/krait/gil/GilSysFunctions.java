package org.krait.gil;

import org.krait.runtime.KraitContext;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;

/** The GIL's functions in {@code sys}: the switch interval and {@code sys._gil_stats()}. */
public final class GilSysFunctions {
    private GilSysFunctions() {
    }

    public static void install(KraitContext context, PyModule sys) {
        GlobalInterpreterLock gil = context.gil();
        sys.def("sys.getswitchinterval", "", a -> gil.switchInterval());
        sys.def("sys.setswitchinterval", "interval, /", a -> {
            double seconds = Timeouts.seconds(a[0]);
            if (seconds <= 0.0) {
                throw PyErrors.valueError("switch interval must be strictly positive");
            }
            gil.setSwitchInterval(seconds);
            return PyNone.NONE;
        });
        sys.def("sys._gil_stats", "", a -> stats(gil));
    }

    /**
     * A dict: the mode, the switch interval, how often the GIL changed hands, drop requests and forced drops, and
     * per thread (in start order) how often it took the GIL, how often it had to wait and for how long.
     */
    static PyDict stats(GlobalInterpreterLock gil) {
        PyDict d = new PyDict();
        GilSettings settings = gil.settings();
        d.put("mode", settings.tickMode() ? "ticks" : "interval");
        d.put("switch_interval", gil.switchInterval());
        d.put("ticks", settings.tickMode() ? (Object) (long) settings.ticks() : PyNone.NONE);
        d.put("switches", gil.switches());
        d.put("drop_requests", gil.dropRequests());
        d.put("forced_drops", gil.forcedDrops());
        PyList threads = new PyList();
        for (ThreadState t : gil.threadStates()) {
            PyDict td = new PyDict();
            td.put("ident", t.ident());
            td.put("name", t.name());
            td.put("alive", !t.isFinished());
            td.put("acquisitions", t.acquisitions);
            td.put("waits", t.contendedAcquisitions);
            td.put("wait_time", t.waitNanos / 1e9);
            td.put("drop_requests", t.dropRequests);
            td.put("forced_drops", t.forcedDrops);
            threads.append(td);
        }
        d.put("threads", threads);
        return d;
    }
}
