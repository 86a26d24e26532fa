package org.krait.runtime;

import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import org.krait.KraitLanguage;
import org.krait.KraitOptions;
import org.krait.gil.GilSettings;
import org.krait.gil.GlobalInterpreterLock;
import org.krait.gil.PythonThreads;
import org.krait.gil.ThreadState;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** Per-context interpreter state: loaded modules, the builtins, the standard streams, the GIL and threads. */
public final class KraitContext {
    private static final com.oracle.truffle.api.TruffleLanguage.ContextReference<KraitContext> REFERENCE =
            com.oracle.truffle.api.TruffleLanguage.ContextReference.create(KraitLanguage.class);

    private final KraitLanguage language;
    private final Env env;
    /** {@code sys.modules}: programs may read, add and remove entries (of any type). */
    private final PyDict modules = new PyDict();
    private final Map<String, ModuleProvider> providers = new HashMap<>();
    private final java.util.List<LibraryProvider> libraries = new java.util.ArrayList<>();
    private final PyModule builtins;
    private final PyModule sys;
    public final PyTextIO stdout;
    public final PyTextIO stderr;
    public final PyTextIO stdin;
    public int recursionLimit = 1000;
    /** The -O level: 1 drops assert statements and makes {@code __debug__} false, 2 drops docstrings too. */
    public final int optimize;
    /** {@code sys.get_int_max_str_digits()}: see {@link IntStrLimit}. */
    public int intMaxStrDigits = IntStrLimit.DEFAULT;
    private final GlobalInterpreterLock gil;
    private final PythonThreads threads;

    public KraitContext(KraitLanguage language, Env env) {
        this.language = language;
        this.env = env;
        // stderr is line-buffered as in CPython 3.9+; the launcher says how stdout is (a terminal: by line)
        this.stdout = new PyTextIO("<stdout>", env.out(), stdoutBuffering());
        this.stderr = new PyTextIO("<stderr>", env.err(), PyTextIO.Buffering.LINE);
        this.stdin = new PyTextIO("<stdin>", env.in());
        this.optimize = Math.max(0, env.getOptions().get(KraitOptions.Optimize));
        this.gil = new GlobalInterpreterLock(env, GilSettings.parse(KraitOptions.parseX(env.getOptions().get(KraitOptions.XOptions))));
        this.threads = new PythonThreads(this);
        stdout.releaseWhileBlocked(gil);
        stderr.releaseWhileBlocked(gil);
        stdin.releaseWhileBlocked(gil);
        this.builtins = new PyModule("builtins");
        this.sys = new PyModule("sys");
        modules.put("builtins", builtins);
        modules.put("sys", sys);
        for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class, KraitContext.class.getClassLoader())) {
            for (String name : p.moduleNames()) {
                providers.put(name, p);
            }
        }
        ServiceLoader.load(LibraryProvider.class, KraitContext.class.getClassLoader()).forEach(libraries::add);
    }

    private static PyTextIO.Buffering stdoutBuffering() {
        return switch (System.getProperty("krait.stdout.buffering", "block")) {
            case "unbuffered" -> PyTextIO.Buffering.UNBUFFERED;
            case "line" -> PyTextIO.Buffering.LINE;
            default -> PyTextIO.Buffering.BLOCK;
        };
    }

    public static KraitContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** The context entered on this thread, or null when there is none (runtime code called from plain Java). */
    public static KraitContext currentOrNull() {
        try {
            return REFERENCE.get(null);
        } catch (AssertionError | IllegalStateException e) {
            return null;  // how Truffle reports that no context is entered
        }
    }

    /** Installs the builtins and {@code sys} (after the context exists, as they refer to it). */
    public void initialize() {
        org.krait.builtins.Bootstrap.install(this);
        if ("raise".equals(System.getProperty(SIGINT_PROPERTY))) {
            threads.handleSigint();
        }
    }

    /** Set to {@code raise} by the launcher: Ctrl-C raises KeyboardInterrupt in the main thread. */
    public static final String SIGINT_PROPERTY = "krait.sigint";

    public GlobalInterpreterLock gil() {
        return gil;
    }

    public PythonThreads threads() {
        return threads;
    }

    /** The interpreter state of the thread running Krait code (the GIL holder). */
    public ThreadState threadState() {
        return gil.current();
    }

    /** The calling thread's interpreter state, whether it holds the GIL or not. */
    public ThreadState threadStateOfCurrentThread() {
        return language.threadState();
    }

    /** Writes the GIL trace, if asked for, when the context goes away. */
    public void disposeGil() {
        try {
            gil.writeTrace();
        } catch (java.io.IOException e) {
            stderr.write("krait: cannot write the GIL trace: " + e.getMessage() + "\n");
            stderr.flush();
        }
    }

    private PyModule main;

    /** The {@code __main__} module, created when the first program runs; a file's folder goes first on sys.path. */
    public PyModule mainModule(com.oracle.truffle.api.source.Source source) {
        if (main == null) {
            main = new PyModule("__main__");
            main.setAttribute("__builtins__", builtins);
            modules.put("__main__", main);
            if (source != null && sys.getAttribute("path") instanceof PyList path) {
                // sys.path[0]: the script's folder, or '' (the current folder) for -c, stdin and the prompt
                String first = "";
                if (source.getPath() != null && !source.isInteractive()) {
                    main.setAttribute("__file__", source.getPath());
                    first = env.getPublicTruffleFile(source.getPath()).getAbsoluteFile().getParent().getPath();
                }
                path.insert(0, first);
            }
        }
        return main;
    }

    /** Remembers an exception that escaped to the embedder, as {@code sys.last_type/last_value/last_traceback}. */
    public void setLastException(PyException e) {
        PyBaseException exc = e.exception();
        sys.setAttribute("last_type", exc.type());
        sys.setAttribute("last_value", exc);
        sys.setAttribute("last_traceback", exc.traceback == null ? PyNone.NONE : exc.traceback);
    }

    public KraitLanguage language() {
        return language;
    }

    public Env env() {
        return env;
    }

    public PyModule builtins() {
        return builtins;
    }

    public PyModule sys() {
        return sys;
    }

    public PyDict modules() {
        return modules;
    }

    /** A built-in module contributed through {@link ModuleProvider}, created on first import; else null. */
    public PyModule providedModule(String name) {
        ModuleProvider p = providers.get(name);
        if (p == null) {
            return null;
        }
        PyModule m = p.create(name, this);
        modules.put(name, m);
        return m;
    }

    /** Flushes the standard streams (at exit and before error output). */
    public void flushStreams() {
        stdout.flush();
        stderr.flush();
    }

    /** The source of a library module written in Krait, or null when no provider ships one. */
    public LibraryProvider.Module libraryModule(String name) {
        for (LibraryProvider p : libraries) {
            LibraryProvider.Module m = p.find(name);
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
