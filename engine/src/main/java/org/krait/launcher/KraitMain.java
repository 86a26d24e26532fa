package org.krait.launcher;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.krait.KraitLanguage;

/**
 * The {@code krait} command: a CPython-compatible command line on top of the polyglot API.
 *
 * <p>{@link #run} never calls {@code System.exit}, so tests can run programs in-process.
 */
public final class KraitMain {

    public static final String VERSION_LINE = "Krait 0.1.0 (Python 3.11)";

    /** Guest code runs on a thread with this stack, so deep recursion ends in RecursionError, not StackOverflowError. */
    static final long STACK_SIZE = 256L << 20;

    private static final String LANGUAGE = "krait";

    private KraitMain() {
    }

    /**
     * The system property with the path of the {@code krait} command, for {@code sys.executable}. {@code bin/krait}
     * sets it (the path it was invoked by, made absolute); otherwise {@link #main} derives it from {@code krait.home}.
     */
    public static final String EXECUTABLE_PROPERTY = "krait.executable";

    /**
     * The system property that tells the language how CPython would buffer {@code sys.stdout} in this process:
     * {@code unbuffered} ({@code -u}, PYTHONUNBUFFERED: write through), {@code line} (a terminal: flush at each
     * newline) or {@code block} (a pipe or file: flush when full, on {@code flush()} and at exit). Set by
     * {@link #main} only; {@code sys.stderr} is always line-buffered in CPython.
     */
    public static final String STDOUT_BUFFERING_PROPERTY = "krait.stdout.buffering";

    public static void main(String[] args) {
        if (System.getProperty(EXECUTABLE_PROPERTY) == null && System.getProperty("krait.home") != null) {
            System.setProperty(EXECUTABLE_PROPERTY, Path.of(System.getProperty("krait.home"), "bin", "krait").toString());
        }
        // Like CPython: stdout is block-buffered unless it is a terminal or -u / PYTHONUNBUFFERED is given
        // (sys.stdout.flush() and print(flush=True) flush it); stderr is unbuffered. run() flushes at exit.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        boolean unbuffered = unbufferedOption(args);
        boolean terminal = stdoutIsTerminal();
        System.setProperty(STDOUT_BUFFERING_PROPERTY, unbuffered ? "unbuffered" : terminal ? "line" : "block");
        if (!unbuffered && !terminal) {
            out = new BufferedOutputStream(out, 1 << 16);
        }
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        // Ctrl-C raises KeyboardInterrupt in the main thread, as in CPython (the REPL handles it itself)
        System.setProperty(org.krait.runtime.KraitContext.SIGINT_PROPERTY, "raise");
        System.exit(run(args, System.in, out, err, KraitMain::isTerminal));
    }

    /** {@code -u} or PYTHONUNBUFFERED. */
    private static boolean unbufferedOption(String[] args) {
        String env = System.getenv("PYTHONUNBUFFERED");
        if (env != null && !env.isEmpty()) {
            return true;
        }
        try {
            return CommandLine.parse(args).unbuffered;
        } catch (CommandLine.UsageException e) {
            return true; // run() reports it
        }
    }

    private static boolean stdoutIsTerminal() {
        try {
            // Linux: where fd 1 points. Elsewhere: the console check (true only if stdin is a terminal too).
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return isTerminal();
        }
    }

    /**
     * Runs the {@code krait} command line. Stdin is never treated as a terminal here (the program is read from
     * {@code in} when no program argument is given).
     *
     * @return the process exit status
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return run(args, in, out, err, () -> false);
    }

    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, BooleanSupplier terminal) {
        return run(args, in, out, err, terminal, Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize());
    }

    /**
     * Runs the command line with {@code cwd} as the current directory where {@code -m} looks for modules (a JVM
     * cannot change its working directory, so tests pass another one).
     */
    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, BooleanSupplier terminal,
                    Path cwd) {
        AtomicInteger status = new AtomicInteger(1);
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread main = new Thread(null, () -> {
            try {
                status.set(runOnThisThread(args, in, out, err, terminal, cwd));
            } catch (Throwable t) {
                crash.set(t);
            }
        }, "main", STACK_SIZE);
        main.start();
        boolean interrupted = false;
        while (true) {
            try {
                main.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                main.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (crash.get() != null) {
            internalError(crash.get(), err);
            status.set(1);
        }
        flush(out);
        flush(err);
        return status.get();
    }

    private static int runOnThisThread(String[] args, InputStream in, OutputStream out, OutputStream err,
                    BooleanSupplier terminal, Path cwd) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            print(err, e.getMessage() + "\n" + CommandLine.USAGE_LINE + "\nTry `krait -h' for more information.\n");
            return 2;
        }
        switch (cl.mode) {
            case VERSION -> {
                print(out, VERSION_LINE + "\n");
                return 0;
            }
            case HELP -> {
                print(out, CommandLine.HELP);
                return 0;
            }
            default -> {
            }
        }

        ModuleFinder.Found module = null;
        ModuleFinder.InLibrary libraryModule = null;
        if (cl.mode == CommandLine.Mode.MODULE) {
            try {
                module = ModuleFinder.find(cl.target, ModuleFinder.searchPath(cwd, System.getenv("PYTHONPATH")));
                cl.mainPath = module.file().toString();
            } catch (ModuleFinder.NotFound e) {
                try {
                    libraryModule = ModuleFinder.findInLibrary(cl.target, ModuleFinder.libraries());
                } catch (ModuleFinder.NotFound inLibrary) {
                    e = inLibrary;
                }
                if (libraryModule == null) {
                    print(err, "krait: " + e.getMessage() + "\n");
                    return 1;
                }
                cl.mainPath = libraryModule.path();
            }
        }
        Source source;
        Source prelude = module != null ? modulePrelude(module, cwd)
                : libraryModule != null ? libraryPrelude(libraryModule, cwd) : null;
        boolean repl = false;
        try {
            source = switch (cl.mode) {
                case COMMAND -> program(Source.newBuilder(LANGUAGE, cl.target, "<string>")).buildLiteral();
                case MODULE -> libraryModule != null
                        ? program(Source.newBuilder(LANGUAGE, libraryModule.text(), cl.mainPath)).buildLiteral()
                        : program(Source.newBuilder(LANGUAGE, module.file().toFile())).name(cl.mainPath).build();
                case FILE -> fileSource(cl.target, err);
                default -> {
                    if (!cl.explicitStdin && terminal.getAsBoolean()) {
                        repl = true;
                        yield null;
                    }
                    yield program(Source.newBuilder(LANGUAGE, new String(in.readAllBytes(), StandardCharsets.UTF_8), "<stdin>"))
                                    .buildLiteral();
                }
            };
        } catch (IOException e) {
            print(err, "krait: can't read program: " + e.getMessage() + "\n");
            return 2;
        }
        if (source == null && !repl) {
            return 2; // fileSource printed the reason
        }

        Context context;
        try {
            context = newContext(cl, in, out, err);
        } catch (IllegalArgumentException e) {
            // An unknown or malformed option: a usage error, not a crash.
            print(err, "krait: " + e.getMessage() + "\n");
            return 2;
        }
        int status = 0;
        try {
            if (!repl) {
                context.enter();
                try {
                    status = prelude == null ? 0 : evalMain(context, prelude, err);
                    if (status == 0) {
                        status = evalMain(context, source, err);
                    }
                } finally {
                    context.leave();
                }
            }
            // The REPL runs with the context not entered: Ctrl-C's Context.interrupt waits until the evaluating
            // thread has left the context, which an explicitly entered thread never does.
            if (repl || cl.inspect && terminal.getAsBoolean()) {
                status = new Repl(context, err, cl.quiet || !repl).run();
            }
        } finally {
            status = close(context, status, err);
        }
        return status;
    }

    /**
     * What CPython's {@code runpy} does before running a module found by {@code -m} that is not simply a file in
     * the current directory: {@code sys.path[0]} becomes the current directory (the language put the file's folder
     * there) and the parent package is imported. The prelude has the module's path, so the language makes
     * {@code __main__} for that file ({@code __file__}) before the module itself runs in it; it leaves no names
     * behind. Null when nothing is needed.
     */
    static Source modulePrelude(ModuleFinder.Found found, Path cwd) {
        Path dir = found.file().getParent();
        if (found.parentPackage() == null && dir.equals(cwd)) {
            return null;
        }
        StringBuilder code = new StringBuilder("import sys as __krait_sys\n__krait_sys.path[0:1] = [")
                        .append(pyRepr(cwd.toString()));
        if (!found.root().equals(cwd)) {
            code.append(", ").append(pyRepr(found.root().toString()));
        }
        code.append("]\ndel __krait_sys\n");
        if (found.parentPackage() != null) {
            code.append("import ").append(found.parentPackage()).append(" as __krait_pkg\ndel __krait_pkg\n");
        }
        try {
            return program(Source.newBuilder(LANGUAGE, found.file().toFile())).name(found.file().toString())
                            .content(code.toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not reached: the content is given
        }
    }

    /**
     * Runs before a library module runs as {@code __main__}: the current directory becomes {@code sys.path[0]}, and
     * the module's package is imported.
     */
    static Source libraryPrelude(ModuleFinder.InLibrary found, Path cwd) {
        StringBuilder code = new StringBuilder("import sys as __krait_sys\n__krait_sys.path[0] = ")
                        .append(pyRepr(cwd.toString())).append("\ndel __krait_sys\n");
        if (found.parentPackage() != null) {
            code.append("import ").append(found.parentPackage()).append(" as __krait_pkg\ndel __krait_pkg\n");
        }
        return program(Source.newBuilder(LANGUAGE, code.toString(), found.path())).buildLiteral();
    }

    /** Evaluates the main program; returns its exit status. */
    private static int evalMain(Context context, Source source, OutputStream err) {
        try {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            return handle(context, e, err);
        }
    }

    /**
     * Reports an uncaught exception the way CPython does and returns the exit status: the exit code for
     * {@code SystemExit}, otherwise 1.
     */
    static int handle(Context context, PolyglotException e, OutputStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInternalError() || e.isHostException() && !e.isGuestException()) {
            internalError(e, err);
            return 1;
        }
        if (e.isCancelled() || e.isInterrupted()) {
            print(err, "KeyboardInterrupt\n");
            return 130;
        }
        printGuestException(context, e, err);
        // CPython dies of the SIGINT that Ctrl-C sent when KeyboardInterrupt reaches the top: status 130 in a shell
        return endedByKeyboardInterrupt(context) ? 130 : 1;
    }

    private static boolean endedByKeyboardInterrupt(Context context) {
        try {
            return context.eval(Source.newBuilder(LANGUAGE,
                            "import sys\nisinstance(getattr(sys, 'last_value', None), KeyboardInterrupt)\n",
                            "<status>").buildLiteral()).asBoolean();
        } catch (PolyglotException | IllegalStateException | ClassCastException e) {
            return false;
        }
    }

    /**
     * Prints a Python exception with {@code sys.excepthook}, where the language stored it as
     * {@code sys.last_type/last_value/last_traceback}. Falls back to the polyglot stack trace when that fails.
     */
    static void printGuestException(Context context, PolyglotException e, OutputStream err) {
        try {
            context.eval(program(Source.newBuilder(LANGUAGE,
                            "import sys\nsys.excepthook(sys.last_type, sys.last_value, sys.last_traceback)\n",
                            "<excepthook>")).buildLiteral());
            return;
        } catch (PolyglotException hookFailure) {
            if (hookFailure.isExit()) {
                return;
            }
            // fall through
        } catch (RuntimeException hookFailure) {
            // fall through: context unusable
        }
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        java.util.List<PolyglotException.StackFrame> frames = new java.util.ArrayList<>();
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (f.isGuestFrame()) {
                frames.add(0, f);
            }
        }
        for (PolyglotException.StackFrame f : frames) {
            var loc = f.getSourceLocation();
            if (loc != null) {
                sb.append("  File \"").append(loc.getSource().getName()).append("\", line ")
                                .append(loc.getStartLine()).append(", in ").append(f.getRootName()).append('\n');
            }
        }
        sb.append(e.getMessage()).append('\n');
        print(err, sb.toString());
    }

    static void internalError(Throwable t, OutputStream err) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            if (t instanceof PolyglotException pe && pe.isHostException()) {
                pe.asHostException().printStackTrace(ps);
            } else {
                t.printStackTrace(ps);
            }
        }
        StringBuilder sb = new StringBuilder("Krait internal error:\n");
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            // Truffle's trailer asks to report Krait's bugs to GraalVM: they are ours.
            if (!line.startsWith("Internal GraalVM error")) {
                sb.append(line).append('\n');
            }
        }
        sb.append("This is a bug in Krait: please report it with the program that triggered it.\n");
        print(err, sb.toString());
    }

    static Context newContext(CommandLine cl, InputStream in, OutputStream out, OutputStream err) {
        Context.Builder builder = Context.newBuilder(LANGUAGE)
                        .arguments(LANGUAGE, cl.sysArgv())
                        .in(in)
                        .out(out)
                        .err(err)
                        .allowAllAccess(true)
                        .option("engine.WarnInterpreterOnly", "false");
        for (Map.Entry<String, String> e : cl.polyglotOptions.entrySet()) {
            builder.option(e.getKey(), e.getValue());
        }
        if (!cl.xOptions.isEmpty()) {
            builder.option("krait.XOptions", cl.xOptionsString());
        }
        int optimize = optimizeLevel(cl);
        if (optimize > 0) {
            builder.option("krait.Optimize", Integer.toString(optimize));
        }
        return builder.build();
    }

    /** -O given N times, or PYTHONOPTIMIZE (a number, or any other text for 1), whichever is higher. */
    private static int optimizeLevel(CommandLine cl) {
        String env = System.getenv("PYTHONOPTIMIZE");
        int level = 0;
        if (env != null && !env.isEmpty()) {
            try {
                level = Integer.parseInt(env.strip());
            } catch (NumberFormatException e) {
                level = 1;
            }
        }
        return Math.max(cl.optimize, level);
    }

    private static int close(Context context, int status, OutputStream err) {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (!e.isCancelled()) {
                internalError(e, err);
            }
        } catch (IllegalStateException e) {
            // Other guest threads are still running: CPython would have joined them before exiting.
            try {
                context.close(true);
            } catch (RuntimeException ignored) {
                // exiting anyway
            }
        }
        return status;
    }

    private static Source fileSource(String path, OutputStream err) {
        File file = new File(path);
        try {
            if (file.isDirectory()) {
                print(err, "krait: can't find '__main__' module in '" + path + "'\n");
                return null;
            }
            return program(Source.newBuilder(LANGUAGE, file)).name(path).build();
        } catch (IOException e) {
            print(err, "krait: can't open file '" + file.getAbsolutePath() + "': [Errno 2] No such file or directory\n");
            return null;
        }
    }

    /** Marks a source as a program run for its effects: its evaluation yields no guest value to wrap. */
    private static Source.Builder program(Source.Builder builder) {
        return builder.mimeType(KraitLanguage.PROGRAM_MIME_TYPE);
    }

    /** A Python string literal for {@code s}. */
    static String pyRepr(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('\'').toString();
    }

    private static boolean isTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    static void print(OutputStream stream, String text) {
        write(stream, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream stream, byte[] bytes) {
        try {
            stream.write(bytes);
            stream.flush();
        } catch (IOException ignored) {
            // nowhere left to report it
        }
    }

    private static void flush(OutputStream stream) {
        try {
            stream.flush();
        } catch (IOException ignored) {
            // nowhere left to report it
        }
    }
}
