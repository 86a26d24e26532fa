package org.krait.builtins;

import org.krait.KraitLanguage;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.IntStrLimit;
import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.StructSequence;
import org.krait.runtime.Traceback;

/** The {@code sys} module. */
final class SysModule {
    private SysModule() {
    }

    static void install(KraitContext context) {
        PyModule sys = context.sys();
        String[] args = context.env().getApplicationArguments();
        Object[] argv = args.length == 0 ? new Object[]{""} : args.clone();
        sys.setAttribute("argv", new PyList(argv));
        String pythonPath = context.env().getEnvironment().getOrDefault("PYTHONPATH", "");
        sys.setAttribute("path", new PyList(pythonPath.isEmpty() ? new Object[0]
                : (Object[]) pythonPath.split(java.io.File.pathSeparator)));
        sys.setAttribute("stdout", context.stdout);
        sys.setAttribute("stderr", context.stderr);
        sys.setAttribute("stdin", context.stdin);
        sys.setAttribute("__stdout__", context.stdout);
        sys.setAttribute("__stderr__", context.stderr);
        sys.setAttribute("__stdin__", context.stdin);
        sys.setAttribute("version", "3.11.7 (Krait " + KraitLanguage.VERSION + ")");
        sys.setAttribute("version_info", StructSequence.of(StructSequence.type("sys", "version_info", "major", "minor",
                "micro", "releaselevel", "serial"), 3L, 11L, 7L, "final", 0L));
        sys.setAttribute("implementation", StructSequence.of(StructSequence.type("sys", "implementation", "name",
                "cache_tag", "version", "hexversion"), "krait", PyNone.NONE,
                sys.getAttribute("version_info"), 0x030B07F0L));
        sys.setAttribute("flags", StructSequence.of(StructSequence.type("sys", "flags", "debug", "inspect",
                "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
                "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                "warn_default_encoding", "safe_path", "int_max_str_digits"), 0L, 0L, 0L, (long) context.optimize, 0L,
                0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 0L, 0L, false, -1L));
        sys.setAttribute("float_info", StructSequence.of(StructSequence.type("sys", "float_info", "max", "max_exp",
                "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"),
                Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L));
        sys.setAttribute("int_info", StructSequence.of(StructSequence.type("sys", "int_info", "bits_per_digit",
                "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"), 30L, 4L,
                (long) IntStrLimit.DEFAULT, (long) IntStrLimit.THRESHOLD));
        sys.setAttribute("hexversion", 0x030B07F0L);
        sys.setAttribute("platform", System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                : System.getProperty("os.name").toLowerCase().startsWith("mac") ? "darwin" : "win32");
        sys.setAttribute("byteorder", "little");
        sys.setAttribute("maxsize", Long.MAX_VALUE);
        sys.setAttribute("executable", System.getProperty("krait.executable", "krait"));
        sys.setAttribute("modules", context.modules());
        sys.def("sys.exit", "status=None, /", a -> {
            PyTuple status = a[0] == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(a[0]);
            PyBaseException e = new PyBaseException(ExceptionTypes.SYSTEM_EXIT, status);
            BuiltinTypes.initFields(e, status);
            throw new PyException(e);
        });
        sys.def("sys.getrecursionlimit", "", a -> (long) context.recursionLimit);
        sys.def("sys.setrecursionlimit", "limit, /", a -> {
            long n = Ops.index(a[0]);
            if (n < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            context.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        sys.def("sys.get_int_max_str_digits", "", a -> (long) context.intMaxStrDigits);
        sys.def("sys.set_int_max_str_digits", "maxdigits", a -> {
            IntStrLimit.set(context, Ops.index(a[0]));
            return PyNone.NONE;
        });
        sys.def("sys._getframe", "depth=0, /", a -> {
            org.krait.runtime.PyFrame f = org.krait.nodes.Frames.frameAt((int) Ops.index(a[0]));
            if (f == null) {
                throw PyErrors.valueError("call stack is not deep enough");
            }
            return f;
        }).markReadsCallerFrame();
        sys.def("sys.exc_info", "", a -> {
            PyBaseException e = context.threadState().handled;
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        sys.def("sys.exception", "", a -> {
            PyBaseException e = context.threadState().handled;
            return e == null ? PyNone.NONE : e;
        });
        sys.def("sys.excepthook", "type, value, traceback, /", a -> {
            context.stdout.flush();
            if (a[1] instanceof PyBaseException e) {
                context.stderr.write(Traceback.format(e));
            }
            context.stderr.flush();
            return PyNone.NONE;
        });
        sys.def("sys.intern", "string, /", a -> ((String) a[0]).intern());
        org.krait.gil.GilSysFunctions.install(context, sys);
    }
}
