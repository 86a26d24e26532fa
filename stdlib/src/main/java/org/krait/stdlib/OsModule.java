package org.krait.stdlib;

import org.krait.runtime.KraitContext;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyModule;

import java.util.Map;
import java.util.Set;

/** The {@code os} module: a first slice (environment, process ids, CPU count). */
public final class OsModule implements org.krait.runtime.ModuleProvider {
    @Override
    public Set<String> moduleNames() {
        return Set.of("os");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("os");
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : context.env().getEnvironment().entrySet()) {
            environ.put(e.getKey(), e.getValue());
        }
        m.setAttribute("environ", environ);
        m.setAttribute("name", "posix");
        m.setAttribute("sep", "/");
        m.setAttribute("linesep", "\n");
        m.def("os.getpid", "", a -> ProcessHandle.current().pid());
        m.def("os.getppid", "", a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        m.def("os.cpu_count", "", a -> (long) Runtime.getRuntime().availableProcessors());
        m.def("os.getcwd", "", a -> context.env().getCurrentWorkingDirectory().getPath());
        m.def("os.urandom", "size, /", a -> {
            long n = org.krait.runtime.Ops.index(a[0]);
            if (n < 0) {
                throw org.krait.runtime.PyErrors.valueError("negative argument not allowed");
            }
            byte[] bytes = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(bytes);
            return new org.krait.runtime.PyBytes(bytes);
        });
        return m;
    }
}
